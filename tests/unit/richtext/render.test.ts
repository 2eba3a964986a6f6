import { richTextToHtml, richTextToText, unsupportedNodes } from '../../../src/richtext'
import { autolink, heading, linebreak, link, list, paragraph, quote, root, rule, tab, text, upload } from '../../helpers/richtext'

const PUBLIC_URL = 'https://news.example'
const photo = {
  id: 7,
  url: '/api/media/file/cau hien luong.jpg',
  filename: 'cau hien luong.jpg',
  mimeType: 'image/jpeg',
  width: 1600,
  height: 900,
  alt: { vi: 'Cầu Hiền Lương', en: 'Hien Luong bridge' },
  createdAt: '',
  updatedAt: '',
}
const file = { id: 8, url: '/api/media/file/ke-hoach.pdf', filename: 'ke-hoach.pdf', mimeType: 'application/pdf', alt: { vi: 'Kế hoạch' }, createdAt: '', updatedAt: '' }

/** One of every node the editor allows, as it saves them (the upload populated at depth 1, one left as an id). */
const everyNode = root(
  heading('h2', text('Tiêu đề')),
  paragraph(text('Đậm', 1), text(' và '), text('nghiêng', 2), linebreak(), tab(), text('mã', 16)),
  quote(text('Trích dẫn')),
  list('bullet', [text('một')], [text('hai')]),
  list('number', [text('ba')]),
  paragraph(link('https://quangtri.gov.vn/a?b=1&c=2', 'trang tỉnh', true), text(' '), autolink('https://example.org'), text(' '), link('/tin/12', 'tương đối')),
  upload(photo),
  upload(file),
  upload(9),
  rule(),
  paragraph(text('Hết.')),
)
const options = { publicUrl: PUBLIC_URL, order: ['en', 'vi', 'lo'] as const, newTab: true }

test('every node the editor allows renders to exact HTML, with absolute URLs and alt text in the reader’s language', () => {
  expect(unsupportedNodes(everyNode)).toEqual([])
  expect(richTextToHtml(everyNode, options)).toBe(
    '<h2>Tiêu đề</h2>' +
      '<p><strong>Đậm</strong> và <em>nghiêng</em><br />\t<code>mã</code></p>' +
      '<blockquote>Trích dẫn</blockquote>' +
      '<ul class="list-bullet"><li>một</li><li>hai</li></ul>' +
      '<ol class="list-number"><li>ba</li></ol>' +
      '<p><a href="https://quangtri.gov.vn/a?b=1&amp;c=2" rel="noopener noreferrer" target="_blank">trang tỉnh</a> ' +
      '<a href="https://example.org">https://example.org</a> <a href="https://news.example/tin/12">tương đối</a></p>' +
      '<figure><img src="https://news.example/api/media/file/cau%20hien%20luong.jpg" alt="Hien Luong bridge" width="1600" height="900" /></figure>' +
      '<p><a href="https://news.example/api/media/file/ke-hoach.pdf">ke-hoach.pdf</a></p>' +
      '<hr />' +
      '<p>Hết.</p>',
  )
})

test('the same body as plain text: blocks a blank line apart, links as their text', () => {
  expect(richTextToText(everyNode, options)).toBe('Tiêu đề\n\nĐậm và nghiêng\n\tmã\n\nTrích dẫn\n\nmột\nhai\n\nba\n\ntrang tỉnh https://example.org tương đối\n\nHết.')
})

test('plain text for email spells out link addresses and gives uploads as "[alt] url"', () => {
  expect(richTextToText(everyNode, { ...options, spellOutLinks: true })).toBe(
    'Tiêu đề\n\nĐậm và nghiêng\n\tmã\n\nTrích dẫn\n\nmột\nhai\n\nba\n\n' +
      'trang tỉnh <https://quangtri.gov.vn/a?b=1&c=2> https://example.org tương đối <https://news.example/tin/12>\n\n' +
      '[Hien Luong bridge] https://news.example/api/media/file/cau%20hien%20luong.jpg\n\n' +
      '[Kế hoạch] https://news.example/api/media/file/ke-hoach.pdf\n\nHết.',
  )
})

test('a node saved before the editor was restricted renders as its text, never as a placeholder', () => {
  const old = root(paragraph(text('Xem '), { type: 'relationship', version: 2, relationTo: 'topics', value: 3 }, text('.')), { type: 'mystery', children: [text('bên trong')] })
  expect(unsupportedNodes(old)).toEqual(['relationship', 'mystery'])
  expect(richTextToHtml(old, options)).toBe('<p>Xem .</p>bên trong')
  expect(richTextToText(old, options)).toBe('Xem .bên trong')
})

test('links that go nowhere a reader can follow are refused or shown as text: internal links, javascript: URLs, check lists', () => {
  const body = root(
    paragraph({ ...link('', 'nội bộ'), fields: { linkType: 'internal', doc: { relationTo: 'topics', value: 1 } } }, text(' '), link('javascript:alert(1)', 'bấm')),
    { ...list('bullet', [text('việc')]), listType: 'check' },
  )
  expect(unsupportedNodes(body)).toEqual(['link (internal)', 'list (check)'])
  expect(richTextToHtml({ root: { ...body.root, children: [body.root.children[0]] } }, options)).toBe('<p>nội bộ bấm</p>')
})

test('an empty or missing body renders as nothing', () => {
  expect(richTextToHtml(null, options)).toBe('')
  expect(richTextToText(root(), options)).toBe('')
})
