import type { SeedBriefing } from './types'

/** Two demo argument briefs: one public (site and feeds), one restricted (accredited journalists and authorized agencies only). */
export const briefings: SeedBriefing[] = [
  {
    key: 'border-fees-public',
    title: {
      vi: 'Làm rõ thông tin về phí qua cửa khẩu quốc tế Lao Bảo',
      en: 'Clarifying the fees at the Lao Bao international border gate',
      lo: 'ຊີ້ແຈງ ຄ່າທຳນຽມ ຜ່ານດ່ານສາກົນລາວບາວ',
    },
    summary: {
      vi: 'Thông tin lan truyền về việc tăng phí qua cửa khẩu Lao Bảo là không chính xác: mức phí giữ nguyên từ năm 2024.',
      en: 'Reports that fees at the Lao Bao border gate have risen are inaccurate: the fees have been unchanged since 2024.',
      lo: 'ຂ່າວທີ່ວ່າ ຄ່າທຳນຽມ ຜ່ານດ່ານລາວບາວ ເພີ່ມຂຶ້ນ ແມ່ນບໍ່ຖືກຕ້ອງ: ຄ່າທຳນຽມ ຄືເກົ່າ ນັບແຕ່ປີ 2024.',
    },
    body: {
      vi: [
        'Mức phí sử dụng kết cấu hạ tầng tại cửa khẩu quốc tế Lao Bảo được quy định theo nghị quyết của Hội đồng nhân dân tỉnh năm 2024 và chưa thay đổi.',
        'Các cơ quan báo chí có thể liên hệ Ban Quản lý Khu kinh tế tỉnh để được cung cấp văn bản gốc.',
      ],
      en: [
        'The infrastructure fee at the Lao Bao international border gate is set by the 2024 resolution of the Provincial People’s Council and has not changed.',
        'Press agencies may ask the Provincial Economic Zone Authority for the original documents.',
      ],
      lo: [
        'ຄ່າທຳນຽມ ການນຳໃຊ້ພື້ນຖານໂຄງລ່າງ ຢູ່ດ່ານສາກົນລາວບາວ ກຳນົດໂດຍມະຕິ ສະພາປະຊາຊົນແຂວງ ປີ 2024 ແລະ ບໍ່ມີການປ່ຽນແປງ.',
        'ສື່ມວນຊົນ ສາມາດຕິດຕໍ່ ຄະນະຄຸ້ມຄອງເຂດເສດຖະກິດແຂວງ ເພື່ອຂໍເອກະສານຕົ້ນສະບັບ.',
      ],
    },
    audience: 'public',
    topics: ['border-gates-trade', 'foreign-information'],
    status: 'published',
  },
  {
    key: 'bridge-rumour-restricted',
    title: {
      vi: 'Tài liệu lập luận: phản bác tin đồn về an toàn cầu Hiền Lương mới',
      en: 'Argument brief: refuting the rumour about the safety of the new Hien Luong bridge',
      lo: 'ເອກະສານຊີ້ແຈງ: ປະຕິເສດ ຂ່າວລື ກ່ຽວກັບ ຄວາມປອດໄພ ຂອງຂົວຫ່ຽນເລືອງໃໝ່',
    },
    summary: {
      vi: 'Các số liệu kiểm định và lập luận để phóng viên đưa tin chính xác về cầu Hiền Lương mới.',
      en: 'Inspection figures and arguments for accurate reporting on the new Hien Luong bridge.',
      lo: 'ຕົວເລກ ການກວດກາ ແລະ ເຫດຜົນ ເພື່ອການລາຍງານຂ່າວ ທີ່ຖືກຕ້ອງ ກ່ຽວກັບ ຂົວຫ່ຽນເລືອງໃໝ່.',
    },
    body: {
      vi: [
        'Ảnh lan truyền trên mạng xã hội về vết nứt là ảnh một công trình khác, chụp năm 2019.',
        'Kết quả kiểm định tải trọng tháng 11/2026 đạt yêu cầu thiết kế; biên bản có thể cung cấp cho phóng viên thường trú theo yêu cầu.',
      ],
      en: [
        'The photograph of a crack shared on social media shows another structure, taken in 2019.',
        'The load test of November 2026 met the design requirements; resident correspondents may ask for the report.',
      ],
      lo: [
        'ຮູບພາບ ຮອຍແຕກ ທີ່ເຜີຍແຜ່ ໃນສື່ສັງຄົມ ແມ່ນຮູບຂອງ ສິ່ງກໍ່ສ້າງອື່ນ ຖ່າຍໃນປີ 2019.',
        'ຜົນການທົດສອບ ການຮັບນ້ຳໜັກ ເດືອນ ພະຈິກ 2026 ຜ່ານມາດຕະຖານ ການອອກແບບ.',
      ],
    },
    audience: 'restricted',
    topics: ['foreign-information'],
    status: 'published',
  },
]
