/** Where the delivery-report view lives under the admin route (`admin.components.views.emailReport.path`). */
export const EMAIL_REPORT_PATH = '/email-report'
