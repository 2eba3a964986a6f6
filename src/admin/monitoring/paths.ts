/** Where the press report view lives under the admin route (`admin.components.views.pressReport.path`). */
export const PRESS_REPORT_PATH = '/press-report'
