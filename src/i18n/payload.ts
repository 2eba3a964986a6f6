/**
 * Corrections to Payload's own Vietnamese (`@payloadcms/translations`), passed as `i18n.translations`:
 * its catalogue leaves English words in messages an editor meets ("Field sau không hợp lệ",
 * "fields", "file", "token", "(unknown error)"). Only the keys that need it; the rest stay Payload's.
 *
 * The validation summary is followed by a list of fields, which the admin's toast splits at the
 * first colon and at commas: these texts keep exactly one colon, at their end, and no comma.
 */
export const payloadTranslations = {
  vi: {
    authentication: {
      resetPasswordToken: 'Mã đặt lại mật khẩu',
      tokenRefreshSuccessful: 'Đã gia hạn phiên đăng nhập.',
    },
    dashboard: {
      addWidget: 'Thêm ô',
      deleteWidget: 'Xóa ô {{id}}',
      searchWidgets: 'Tìm ô…',
    },
    error: {
      correctInvalidFields: 'Chưa lưu được: hãy sửa các trường báo đỏ.',
      followingFieldsInvalid_one: 'Trường sau chưa hợp lệ:',
      followingFieldsInvalid_other: 'Các trường sau chưa hợp lệ:',
      incorrectCollection: 'Lỗi - Loại nội dung không hợp lệ.',
      noFilesUploaded: 'Lỗi - Chưa có tệp nào được tải lên.',
      noMatchedField: 'Lỗi - Không tìm thấy trường "{{label}}".',
      problemUploadingFile: 'Lỗi - Không tải lên được tệp.',
      tokenInvalidOrExpired: 'Lỗi - Mã xác thực không hợp lệ hoặc đã hết hạn.',
      tokenNotProvided: 'Thiếu mã xác thực.',
      unknown: 'Lỗi không xác định.',
      unspecific: 'Đã xảy ra lỗi.',
      verificationTokenInvalid: 'Lỗi - Mã xác minh không hợp lệ.',
    },
    general: {
      collections: 'Loại nội dung',
    },
    upload: {
      dragAndDropHere: 'hoặc kéo và thả tệp vào đây',
      fileName: 'Tên tệp',
      fileSize: 'Dung lượng tệp',
      selectCollectionToBrowse: 'Chọn loại nội dung để tìm',
      selectFile: 'Chọn tệp',
    },
    validation: {
      fieldHasNo: 'Trường này không có: {{label}}',
      invalidSelection: 'Lựa chọn ở trường này không hợp lệ.',
      invalidSelections: 'Trường này có những lựa chọn không hợp lệ sau:',
      notValidDate: '"{{value}}" không phải là ngày hợp lệ.',
      validUploadID: 'Trường này không chứa mã tệp tải lên hợp lệ.',
    },
  },
}
