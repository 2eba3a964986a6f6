import type { SeedTrainingMaterial } from './types'

export const trainingMaterials: SeedTrainingMaterial[] = [
  {
    key: 'foreign-information-basics-for-officials',
    title: {
      vi: 'Công tác thông tin đối ngoại: kiến thức cơ bản cho cán bộ, công chức',
      en: 'Foreign-information work: the basics for officials',
      lo: 'ວຽກງານຖະແຫຼງຂ່າວໃຫ້ຕ່າງປະເທດ: ຄວາມຮູ້ພື້ນຖານສຳລັບພະນັກງານ-ລັດຖະກອນ',
    },
    summary: {
      vi: 'Tài liệu bài giảng về khung pháp lý, nhiệm vụ theo Kế hoạch số 43/KH-UBND và cách phối hợp giữa các sở, ngành, địa phương.',
      en: 'Lecture notes on the legal framework, the tasks set by Plan 43/KH-UBND and how departments and districts work together.',
      lo: 'ເອກະສານບົດບັນຍາຍ ກ່ຽວກັບພື້ນຖານທາງກົດໝາຍ, ໜ້າທີ່ຕາມແຜນການເລກທີ 43/KH-UBND ແລະ ການປະສານງານລະຫວ່າງບັນດາພະແນກການ ແລະ ທ້ອງຖິ່ນ.',
    },
    body: {
      vi: [
        'Tài liệu hệ thống hóa các văn bản về thông tin đối ngoại, trong đó có Nghị định số 72/2015/NĐ-CP về quản lý hoạt động thông tin đối ngoại, cùng các nhiệm vụ giao cho sở, ngành, địa phương tại Kế hoạch số 43/KH-UBND ngày 27/2/2024 của UBND tỉnh và cơ chế phối hợp với Sở Thông tin và Truyền thông.',
        'Phần thực hành hướng dẫn xác định thông điệp chủ đạo của tỉnh – một vùng đất từng là chiến trường ác liệt nay hướng tới hòa bình, hợp tác và phát triển – và lồng ghép thông điệp đó vào công việc chuyên môn như đón tiếp đoàn khách quốc tế, xúc tiến đầu tư và quảng bá du lịch.',
        'Cuối tài liệu có bộ câu hỏi ôn tập và danh sách đầu mối liên hệ của các cơ quan làm công tác thông tin đối ngoại trên địa bàn tỉnh.',
      ],
      en: [
        'The material sets out the rules on foreign information, including Decree 72/2015/ND-CP on the management of foreign-information activities, the tasks that the provincial People’s Committee’s Plan 43/KH-UBND of 27 February 2024 gives to departments and districts, and how they coordinate with the Department of Information and Communications.',
        'The practical part shows how to define the province’s core message – a land that was once a fierce battlefield and now looks towards peace, cooperation and development – and how to carry it into everyday work such as receiving international delegations, promoting investment and marketing tourism.',
        'It ends with review questions and a list of contact points in the agencies that handle foreign information in the province.',
      ],
      lo: [
        'ເອກະສານນີ້ ສັງລວມບັນດານິຕິກຳກ່ຽວກັບວຽກງານຖະແຫຼງຂ່າວໃຫ້ຕ່າງປະເທດ, ໃນນັ້ນມີດຳລັດເລກທີ 72/2015/NĐ-CP ວ່າດ້ວຍການຄຸ້ມຄອງການເຄື່ອນໄຫວຖະແຫຼງຂ່າວໃຫ້ຕ່າງປະເທດ, ພ້ອມທັງໜ້າທີ່ທີ່ມອບໃຫ້ບັນດາພະແນກການ ແລະ ທ້ອງຖິ່ນ ຕາມແຜນການເລກທີ 43/KH-UBND ລົງວັນທີ 27 ກຸມພາ 2024 ຂອງຄະນະກຳມະການປະຊາຊົນແຂວງ ແລະ ກົນໄກການປະສານງານກັບພະແນກຖະແຫຼງຂ່າວ ແລະ ການສື່ສານ.',
        'ພາກປະຕິບັດ ແນະນຳວິທີກຳນົດຂໍ້ຄວາມຫຼັກຂອງແຂວງ – ແຜ່ນດິນທີ່ເຄີຍເປັນສະໜາມຮົບອັນດຸເດືອດ ປັດຈຸບັນມຸ່ງໄປສູ່ສັນຕິພາບ, ການຮ່ວມມື ແລະ ການພັດທະນາ – ແລະ ວິທີສອດແຊກຂໍ້ຄວາມດັ່ງກ່າວເຂົ້າໃນວຽກງານວິຊາສະເພາະ ເຊັ່ນ: ການຕ້ອນຮັບຄະນະແຂກສາກົນ, ການສົ່ງເສີມການລົງທຶນ ແລະ ການໂຄສະນາການທ່ອງທ່ຽວ.',
        'ທ້າຍເອກະສານ ມີຄຳຖາມທົບທວນ ແລະ ລາຍຊື່ຈຸດປະສານງານຂອງບັນດາອົງການ ທີ່ເຮັດວຽກງານຖະແຫຼງຂ່າວໃຫ້ຕ່າງປະເທດ ໃນຂອບເຂດແຂວງ.',
      ],
    },
    course: {
      vi: 'Lớp bồi dưỡng nghiệp vụ thông tin đối ngoại năm 2024',
      en: 'Foreign-information training course 2024',
      lo: 'ຫຼັກສູດຝຶກອົບຮົມວິຊາສະເພາະ ດ້ານວຽກງານຖະແຫຼງຂ່າວໃຫ້ຕ່າງປະເທດ ປີ 2024',
    },
    audience: {
      vi: 'Cán bộ, công chức phụ trách thông tin đối ngoại của các sở, ban, ngành và UBND các huyện, thị xã, thành phố',
      en: 'Officials responsible for foreign information in provincial departments and in district, town and city People’s Committees',
      lo: 'ພະນັກງານ-ລັດຖະກອນ ທີ່ຮັບຜິດຊອບວຽກງານຖະແຫຼງຂ່າວໃຫ້ຕ່າງປະເທດ ຂອງບັນດາພະແນກການ ແລະ ຄະນະກຳມະການປະຊາຊົນເມືອງ, ເທດສະບານ ແລະ ນະຄອນ',
    },
    date: '2024-05-16',
    visibility: 'public',
    topics: ['foreign-information'],
    status: 'published',
  },
  {
    key: 'working-with-foreign-press-and-correspondents',
    title: {
      vi: 'Làm việc với phóng viên nước ngoài và phóng viên thường trú',
      en: 'Working with foreign journalists and resident correspondents',
      lo: 'ການເຮັດວຽກກັບນັກຂ່າວຕ່າງປະເທດ ແລະ ນັກຂ່າວປະຈຳ',
    },
    summary: {
      vi: 'Hướng dẫn thực hành về đón tiếp phóng viên nước ngoài, bố trí phỏng vấn, ghi hình và cung cấp thông tin cho phóng viên thường trú.',
      en: 'A practical guide to hosting foreign reporters, arranging interviews and filming, and keeping resident correspondents informed.',
      lo: 'ຄູ່ມືພາກປະຕິບັດ ກ່ຽວກັບການຕ້ອນຮັບນັກຂ່າວຕ່າງປະເທດ, ການຈັດການສຳພາດ ແລະ ການຖ່າຍທຳ ແລະ ການສະໜອງຂໍ້ມູນໃຫ້ນັກຂ່າວປະຈຳ.',
    },
    body: {
      vi: [
        'Tài liệu hướng dẫn quy trình tiếp nhận và hỗ trợ phóng viên nước ngoài đến tác nghiệp tại tỉnh: phối hợp với Bộ Ngoại giao và Sở Ngoại vụ, chuẩn bị chương trình làm việc, bố trí người phát ngôn và phiên dịch, những lưu ý khi ghi hình tại khu vực biên giới và các công trình quan trọng.',
        'Phần thứ hai dành cho quan hệ với phóng viên thường trú của các cơ quan báo chí Trung ương trên địa bàn: cung cấp thông tin định kỳ về tình hình kinh tế – xã hội, gửi thông cáo báo chí, tổ chức họp báo và trả lời kịp thời câu hỏi của báo chí.',
        'Các tình huống mẫu được xây dựng từ thực tế đón tiếp phóng viên đưa tin Lễ hội Vì Hòa bình năm 2024 và các đoàn làm phim tài liệu về di tích chiến tranh.',
      ],
      en: [
        'The material describes how to receive and assist foreign reporters working in the province: coordinating with the Ministry of Foreign Affairs and the provincial Department of Foreign Affairs, preparing the programme, arranging a spokesperson and interpreters, and what to keep in mind when filming in border areas or at key facilities.',
        'The second part covers relations with the resident correspondents of central press agencies based in the province: regular briefings on socio-economic developments, press releases, press conferences and timely answers to journalists’ questions.',
        'The case studies draw on hosting reporters who covered the 2024 Peace Festival and documentary crews filming at war heritage sites.',
      ],
      lo: [
        'ເອກະສານນີ້ ແນະນຳຂັ້ນຕອນການຕ້ອນຮັບ ແລະ ອຳນວຍຄວາມສະດວກໃຫ້ນັກຂ່າວຕ່າງປະເທດ ທີ່ມາປະຕິບັດໜ້າທີ່ຢູ່ແຂວງ: ການປະສານງານກັບກະຊວງການຕ່າງປະເທດ ແລະ ພະແນກການຕ່າງປະເທດແຂວງ, ການກະກຽມແຜນການເຮັດວຽກ, ການຈັດຜູ້ຖະແຫຼງຂ່າວ ແລະ ນາຍພາສາ ແລະ ຂໍ້ຄວນລະວັງ ເມື່ອຖ່າຍທຳຢູ່ເຂດຊາຍແດນ ຫຼື ສະຖານທີ່ສຳຄັນ.',
        'ພາກທີສອງ ກ່ຽວກັບການພົວພັນກັບນັກຂ່າວປະຈຳແຂວງ ຂອງບັນດາອົງການສື່ມວນຊົນສູນກາງ: ການສະໜອງຂໍ້ມູນເປັນປະຈຳກ່ຽວກັບສະພາບເສດຖະກິດ-ສັງຄົມ, ການສົ່ງຖະແຫຼງການຂ່າວ, ການຈັດກອງປະຊຸມຖະແຫຼງຂ່າວ ແລະ ການຕອບຄຳຖາມຂອງນັກຂ່າວຢ່າງທັນການ.',
        'ກໍລະນີຕົວຢ່າງ ແມ່ນສ້າງຂຶ້ນຈາກປະສົບການຕົວຈິງໃນການຕ້ອນຮັບນັກຂ່າວ ທີ່ມາລາຍງານງານບຸນເພື່ອສັນຕິພາບ ປີ 2024 ແລະ ທີມງານຖ່າຍທຳສາລະຄະດີ ກ່ຽວກັບສະຖານທີ່ປະຫວັດສາດສົງຄາມ.',
      ],
    },
    course: {
      vi: 'Tập huấn kỹ năng làm việc với báo chí năm 2024',
      en: 'Media relations workshop 2024',
      lo: 'ການຝຶກອົບຮົມທັກສະການເຮັດວຽກກັບສື່ມວນຊົນ ປີ 2024',
    },
    audience: {
      vi: 'Người phát ngôn và cán bộ phụ trách báo chí của các sở, ngành, địa phương',
      en: 'Spokespersons and press officers of provincial departments and districts',
      lo: 'ຜູ້ຖະແຫຼງຂ່າວ ແລະ ພະນັກງານຮັບຜິດຊອບວຽກງານສື່ມວນຊົນ ຂອງບັນດາພະແນກການ ແລະ ທ້ອງຖິ່ນ',
    },
    date: '2024-08-22',
    visibility: 'staff',
    topics: ['foreign-information', 'culture-history'],
    status: 'published',
  },
  {
    key: 'official-social-media-communication',
    title: {
      vi: 'Truyền thông trên mạng xã hội của cơ quan nhà nước',
      en: 'Official social-media communication for government agencies',
      lo: 'ການສື່ສານຜ່ານສື່ສັງຄົມອອນລາຍ ຂອງອົງການລັດ',
    },
    summary: {
      vi: 'Cách vận hành trang chính thức, viết bài ngắn ba thứ tiếng, sử dụng ảnh đúng quy định và trả lời bình luận.',
      en: 'How to run official pages, write short trilingual posts, use images properly and reply to comments.',
      lo: 'ວິທີດຳເນີນງານໜ້າທາງການ, ການຂຽນບົດສັ້ນເປັນສາມພາສາ, ການນຳໃຊ້ຮູບພາບໃຫ້ຖືກຕ້ອງ ແລະ ການຕອບຄຳເຫັນ.',
    },
    body: {
      vi: [
        'Tài liệu hướng dẫn xây dựng và vận hành trang, tài khoản chính thức của cơ quan nhà nước trên mạng xã hội: xác thực tài khoản, phân công quản trị, lập kế hoạch nội dung và quy trình duyệt bài trước khi đăng.',
        'Các bài thực hành tập trung vào viết bài ngắn bằng tiếng Việt, tiếng Anh và tiếng Lào để giới thiệu cà phê Khe Sanh, điện gió Hướng Hóa hay bãi biển Cửa Tùng tới bạn đọc nước ngoài; sử dụng ảnh có ghi rõ nguồn và bản quyền; gắn thẻ các đối tác truyền thông.',
        'Phần cuối hướng dẫn cách trả lời bình luận, xử lý tin nhắn và khi nào cần chuyển thông tin cho người phát ngôn.',
      ],
      en: [
        'The material explains how to set up and run official pages and accounts of government agencies on social media: account verification, assigning administrators, content planning and approving posts before publication.',
        'Exercises focus on writing short posts in Vietnamese, English and Lao that introduce Khe Sanh coffee, Huong Hoa wind power or Cua Tung beach to readers abroad, using images with clear credits and copyright, and tagging media partners.',
        'The last part covers replying to comments, handling messages and knowing when to pass an issue to the spokesperson.',
      ],
      lo: [
        'ເອກະສານນີ້ ແນະນຳການສ້າງ ແລະ ດຳເນີນງານໜ້າ ແລະ ບັນຊີທາງການຂອງອົງການລັດ ເທິງສື່ສັງຄົມອອນລາຍ: ການຢັ້ງຢືນບັນຊີ, ການມອບໝາຍຜູ້ຄຸ້ມຄອງ, ການວາງແຜນເນື້ອໃນ ແລະ ຂັ້ນຕອນການກວດກາອະນຸມັດ ກ່ອນເຜີຍແຜ່.',
        'ບົດຝຶກຫັດ ເນັ້ນໃສ່ການຂຽນບົດສັ້ນເປັນພາສາຫວຽດນາມ, ພາສາອັງກິດ ແລະ ພາສາລາວ ເພື່ອແນະນຳກາເຟເຂຊານ, ໄຟຟ້າພະລັງງານລົມເຮືອງຮວາ ຫຼື ຫາດຊາຍເກືອຕຸງ ໃຫ້ຜູ້ອ່ານຕ່າງປະເທດ; ການນຳໃຊ້ຮູບພາບທີ່ລະບຸແຫຼ່ງທີ່ມາ ແລະ ລິຂະສິດຢ່າງຈະແຈ້ງ; ການແທັກຄູ່ຮ່ວມມືດ້ານສື່.',
        'ພາກສຸດທ້າຍ ແນະນຳວິທີຕອບຄຳເຫັນ, ການຈັດການຂໍ້ຄວາມ ແລະ ເວລາໃດທີ່ຄວນສົ່ງເລື່ອງຕໍ່ໃຫ້ຜູ້ຖະແຫຼງຂ່າວ.',
      ],
    },
    course: {
      vi: 'Tập huấn truyền thông số cho cơ quan nhà nước năm 2024',
      en: 'Digital communication training for government agencies 2024',
      lo: 'ການຝຶກອົບຮົມການສື່ສານດິຈິຕອນ ສຳລັບອົງການລັດ ປີ 2024',
    },
    audience: {
      vi: 'Cán bộ quản trị trang thông tin điện tử và tài khoản mạng xã hội của các cơ quan, đơn vị trong tỉnh',
      en: 'Staff who manage websites and social-media accounts of agencies and units in the province',
      lo: 'ພະນັກງານຜູ້ຄຸ້ມຄອງເວັບໄຊ ແລະ ບັນຊີສື່ສັງຄົມອອນລາຍ ຂອງບັນດາອົງການ ແລະ ຫົວໜ່ວຍໃນແຂວງ',
    },
    date: '2024-10-10',
    visibility: 'public',
    topics: ['foreign-information', 'tourism'],
    status: 'published',
  },
  {
    key: 'border-area-communication-with-border-guard',
    title: {
      vi: 'Thông tin đối ngoại ở khu vực biên giới: phối hợp với Bộ đội Biên phòng',
      en: 'Foreign information in border areas: working with the Border Guard',
      lo: 'ວຽກງານຖະແຫຼງຂ່າວໃຫ້ຕ່າງປະເທດ ຢູ່ເຂດຊາຍແດນ: ການປະສານງານກັບກອງກຳລັງປ້ອງກັນຊາຍແດນ',
    },
    summary: {
      vi: 'Tài liệu triển khai chương trình phối hợp giữa Bộ Thông tin và Truyền thông và Bộ Tư lệnh Bộ đội Biên phòng giai đoạn 2021 – 2030 tại các xã biên giới của tỉnh.',
      en: 'Guidance for carrying out the 2021–2030 coordination programme of the Ministry of Information and Communications and the Border Guard Command in the province’s border communes.',
      lo: 'ເອກະສານແນະນຳການຈັດຕັ້ງປະຕິບັດ ແຜນງານປະສານງານລະຫວ່າງກະຊວງຖະແຫຼງຂ່າວ ແລະ ການສື່ສານ ກັບກອງບັນຊາການກອງກຳລັງປ້ອງກັນຊາຍແດນ ໄລຍະ 2021–2030 ຢູ່ບັນດາຕາແສງຊາຍແດນຂອງແຂວງ.',
    },
    body: {
      vi: [
        'Tài liệu phục vụ triển khai Chương trình phối hợp giữa Bộ Thông tin và Truyền thông và Bộ Tư lệnh Bộ đội Biên phòng trong công tác thông tin, truyền thông và thông tin đối ngoại tại khu vực biên giới, biển, hải đảo giai đoạn 2021 – 2030, và Quyết định số 1191/QĐ-TTg ngày 05/8/2020 của Thủ tướng Chính phủ về nâng cao năng lực công tác thông tin, tuyên truyền góp phần xây dựng biên giới hòa bình, hữu nghị, hợp tác và phát triển.',
        'Nội dung hướng dẫn vận hành Cụm Thông tin đối ngoại tại Cửa khẩu Quốc tế Lao Bảo và La Lay, cập nhật màn hình và bảng tin, tuyên truyền bằng tiếng Việt, tiếng Lào và tiếng Vân Kiều, Pa Kô cho người dân các xã biên giới thuộc huyện Hướng Hóa và Đakrông.',
        'Tài liệu cũng gợi ý các hoạt động giao lưu với chính quyền và lực lượng bảo vệ biên giới của hai tỉnh Savannakhet và Salavan (Lào), góp phần xây dựng đường biên giới hòa bình, hữu nghị.',
      ],
      en: [
        'The material supports the coordination programme between the Ministry of Information and Communications and the Border Guard Command on information, communication and foreign information in border, sea and island areas for 2021–2030, and the Prime Minister’s Decision 1191/QD-TTg of 5 August 2020 on strengthening information work to build a border of peace, friendship, cooperation and development.',
        'It explains how to run the foreign-information points at the Lao Bao and La Lay International Border Gates, keep screens and notice boards up to date, and reach people in the border communes of Huong Hoa and Dakrong districts in Vietnamese, Lao and the Van Kieu and Pa Ko languages.',
        'It also suggests exchanges with the authorities and border forces of Savannakhet and Salavan provinces in Laos, to help keep the shared border peaceful and friendly.',
      ],
      lo: [
        'ເອກະສານນີ້ ເພື່ອຮັບໃຊ້ການຈັດຕັ້ງປະຕິບັດແຜນງານປະສານງານ ລະຫວ່າງກະຊວງຖະແຫຼງຂ່າວ ແລະ ການສື່ສານ ກັບກອງບັນຊາການກອງກຳລັງປ້ອງກັນຊາຍແດນ ໃນວຽກງານຂໍ້ມູນຂ່າວສານ, ການສື່ສານ ແລະ ຖະແຫຼງຂ່າວໃຫ້ຕ່າງປະເທດ ຢູ່ເຂດຊາຍແດນ, ທະເລ ແລະ ເກາະ ໄລຍະ 2021–2030, ແລະ ຂໍ້ຕົກລົງເລກທີ 1191/QĐ-TTg ລົງວັນທີ 5 ສິງຫາ 2020 ຂອງນາຍົກລັດຖະມົນຕີ ກ່ຽວກັບການຍົກສູງຄວາມສາມາດໃນວຽກງານໂຄສະນາເຜີຍແຜ່ ເພື່ອປະກອບສ່ວນສ້າງຊາຍແດນແຫ່ງສັນຕິພາບ, ມິດຕະພາບ, ການຮ່ວມມື ແລະ ການພັດທະນາ.',
        'ເນື້ອໃນແນະນຳການດຳເນີນງານຈຸດຖະແຫຼງຂ່າວໃຫ້ຕ່າງປະເທດ ຢູ່ດ່ານສາກົນລາວບາວ ແລະ ດ່ານສາກົນລາໄລ, ການປັບປຸງເນື້ອໃນເທິງຈໍພາບ ແລະ ກະດານຂ່າວ ແລະ ການໂຄສະນາເຜີຍແຜ່ເປັນພາສາຫວຽດນາມ, ພາສາລາວ ແລະ ພາສາວັນກຽວ, ປ່າໂກ ໃຫ້ແກ່ປະຊາຊົນບັນດາຕາແສງຊາຍແດນ ຂອງເມືອງເຮືອງຮວາ ແລະ ເມືອງດາກຣົງ.',
        'ເອກະສານຍັງສະເໜີກິດຈະກຳແລກປ່ຽນກັບອຳນາດການປົກຄອງ ແລະ ກຳລັງປ້ອງກັນຊາຍແດນ ຂອງແຂວງສະຫວັນນະເຂດ ແລະ ແຂວງສາລະວັນ (ສປປ ລາວ), ເພື່ອປະກອບສ່ວນເສີມສ້າງຊາຍແດນແຫ່ງສັນຕິພາບ ແລະ ມິດຕະພາບ.',
      ],
    },
    course: {
      vi: 'Tập huấn thông tin đối ngoại khu vực biên giới năm 2024',
      en: 'Border-area foreign-information training 2024',
      lo: 'ການຝຶກອົບຮົມວຽກງານຖະແຫຼງຂ່າວໃຫ້ຕ່າງປະເທດ ເຂດຊາຍແດນ ປີ 2024',
    },
    audience: {
      vi: 'Cán bộ, chiến sĩ Bộ đội Biên phòng tỉnh và cán bộ văn hóa – thông tin các xã biên giới huyện Hướng Hóa, Đakrông',
      en: 'Officers and soldiers of the provincial Border Guard and culture and information officers of border communes in Huong Hoa and Dakrong districts',
      lo: 'ນາຍ ແລະ ພົນທະຫານ ກອງກຳລັງປ້ອງກັນຊາຍແດນແຂວງ ແລະ ພະນັກງານວັດທະນະທຳ-ຂໍ້ມູນຂ່າວສານ ຂອງບັນດາຕາແສງຊາຍແດນ ເມືອງເຮືອງຮວາ ແລະ ເມືອງດາກຣົງ',
    },
    date: '2024-06-27',
    visibility: 'staff',
    topics: ['border-gates-trade', 'lao-cooperation', 'foreign-information'],
    status: 'published',
  },
  {
    key: 'crisis-communication-countering-false-information',
    title: {
      vi: 'Truyền thông trong tình huống khủng hoảng và phản bác thông tin sai lệch',
      en: 'Crisis communication and countering false information',
      lo: 'ການສື່ສານໃນສະພາບວິກິດ ແລະ ການຕອບໂຕ້ຂໍ້ມູນຂ່າວສານທີ່ບໍ່ຖືກຕ້ອງ',
    },
    summary: {
      vi: 'Các bước truyền thông trong những giờ đầu của khủng hoảng, cách theo dõi dư luận báo chí và xây dựng tài liệu lập luận.',
      en: 'What to do in the first hours of a crisis, how to monitor press coverage and how to prepare argument briefs.',
      lo: 'ຂັ້ນຕອນການສື່ສານໃນຊົ່ວໂມງທຳອິດຂອງສະພາບວິກິດ, ວິທີຕິດຕາມຄຳຄິດເຫັນຂອງສື່ມວນຊົນ ແລະ ການກະກຽມເອກະສານຊີ້ແຈງ.',
    },
    body: {
      vi: [
        'Tài liệu trình bày các bước truyền thông trong những giờ đầu của một tình huống khủng hoảng như bão lũ, sự cố tại cửa khẩu hay thông tin gây hiểu lầm về một dự án đầu tư: xác minh sự việc, thống nhất thông điệp, chỉ định người phát ngôn và cung cấp thông tin sớm cho báo chí.',
        'Phần thứ hai hướng dẫn theo dõi dư luận báo chí trong và ngoài nước về tình hình tỉnh, nhận diện thông tin sai lệch, xuyên tạc và xây dựng tài liệu lập luận ngắn gọn, có dẫn chứng để cung cấp cho các cơ quan báo chí, phóng viên thường trú trên địa bàn.',
        'Tài liệu đang được hoàn thiện sau khi lấy ý kiến các sở, ngành; các tình huống mẫu sẽ được cập nhật trước khi phát hành.',
      ],
      en: [
        'The material sets out what to do in the first hours of a crisis such as a storm or flood, an incident at a border gate or misleading reports about an investment project: establish the facts, agree on one message, name a spokesperson and inform the press early.',
        'The second part explains how to monitor domestic and foreign press coverage of the province, recognise false or distorted information, and prepare short, evidence-based argument briefs for press agencies and resident correspondents.',
        'The material is being revised after comments from provincial departments; the case studies will be updated before release.',
      ],
      lo: [
        'ເອກະສານນີ້ ນຳສະເໜີຂັ້ນຕອນການສື່ສານ ໃນຊົ່ວໂມງທຳອິດຂອງສະພາບວິກິດ ເຊັ່ນ: ພາຍຸ-ນ້ຳຖ້ວມ, ເຫດການຢູ່ດ່ານຊາຍແດນ ຫຼື ຂໍ້ມູນທີ່ເຮັດໃຫ້ເຂົ້າໃຈຜິດກ່ຽວກັບໂຄງການລົງທຶນ: ການພິສູດຂໍ້ເທັດຈິງ, ການເປັນເອກະພາບກ່ຽວກັບຂໍ້ຄວາມ, ການແຕ່ງຕັ້ງຜູ້ຖະແຫຼງຂ່າວ ແລະ ການສະໜອງຂໍ້ມູນໃຫ້ສື່ມວນຊົນແຕ່ເນີ່ນໆ.',
        'ພາກທີສອງ ແນະນຳການຕິດຕາມຄຳຄິດເຫັນຂອງສື່ມວນຊົນພາຍໃນ ແລະ ຕ່າງປະເທດ ກ່ຽວກັບແຂວງ, ການຈຳແນກຂໍ້ມູນຂ່າວສານທີ່ບໍ່ຖືກຕ້ອງ ຫຼື ບິດເບືອນ ແລະ ການກະກຽມເອກະສານຊີ້ແຈງທີ່ກະທັດຮັດ ມີຫຼັກຖານອ້າງອີງ ເພື່ອສະໜອງໃຫ້ບັນດາອົງການສື່ມວນຊົນ ແລະ ນັກຂ່າວປະຈຳແຂວງ.',
        'ເອກະສານນີ້ກຳລັງໄດ້ຮັບການປັບປຸງ ຫຼັງຈາກໄດ້ຮັບຄຳເຫັນຈາກບັນດາພະແນກການ; ກໍລະນີຕົວຢ່າງຈະໄດ້ຮັບການປັບປຸງໃໝ່ ກ່ອນການເຜີຍແຜ່.',
      ],
    },
    course: {
      vi: 'Tập huấn kỹ năng truyền thông chính sách năm 2025',
      en: 'Policy communication skills training 2025',
      lo: 'ການຝຶກອົບຮົມທັກສະການສື່ສານນະໂຍບາຍ ປີ 2025',
    },
    audience: {
      vi: 'Người phát ngôn và cán bộ phụ trách thông tin đối ngoại, truyền thông của các sở, ngành, địa phương',
      en: 'Spokespersons and foreign-information and communication officers of provincial departments and districts',
      lo: 'ຜູ້ຖະແຫຼງຂ່າວ ແລະ ພະນັກງານຮັບຜິດຊອບວຽກງານຖະແຫຼງຂ່າວໃຫ້ຕ່າງປະເທດ ແລະ ການສື່ສານ ຂອງບັນດາພະແນກການ ແລະ ທ້ອງຖິ່ນ',
    },
    date: '2025-02-20',
    visibility: 'public',
    topics: ['foreign-information'],
    status: 'draft',
  },
]
