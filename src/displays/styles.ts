/**
 * The display's style sheet: a 1920×1080 landscape screen read from several metres away. Sizes are
 * in viewport units so any landscape screen shows the same layout; body text is ~3.3 vh (36 px at
 * 1080 p), titles ~5.6 vh (60 px). Vietnamese in Noto Sans, Lao in Noto Sans Lao (the site's fonts).
 */
export const displayStyles = `
*,*::before,*::after{box-sizing:border-box}
html,body{margin:0;height:100%;overflow:hidden;background:#06263f;color:#fff}
body{font-family:'Noto Sans','Noto Sans Lao',sans-serif;display:flex;flex-direction:column}
:lang(lo){font-family:'Noto Sans Lao','Noto Sans',sans-serif;line-height:1.5}
.stage{flex:1;position:relative;min-height:0}
.slide,.notice,.closed{position:absolute;inset:0;display:none;padding:5vh 4vw;gap:3vw;align-items:center}
.is-active{display:flex}
.slide-media{flex:0 0 46%;height:100%;display:flex;align-items:center;justify-content:center}
.slide-media img{max-width:100%;max-height:100%;object-fit:contain;border-radius:1vh}
.slide-lines{flex:1;display:flex;flex-direction:column;justify-content:center;gap:4vh;min-width:0}
.line{border-left:.8vh solid #f2b705;padding-left:2vw}
.line+.line{border-left-color:#7cc6fe}
.line-title{margin:0 0 1.5vh;font-size:5.6vh;font-weight:700;line-height:1.2}
.line-text{margin:0;font-size:3.3vh;line-height:1.45;color:#e3eef7;display:-webkit-box;-webkit-line-clamp:6;-webkit-box-orient:vertical;overflow:hidden}
.notice{background:#9b1111;flex-direction:column;justify-content:center;align-items:stretch}
.notice .line{border-left-color:#fff}
.notice .line-title{font-size:6.5vh;text-transform:uppercase}
.notice .line-text{font-size:4.6vh;color:#fff;-webkit-line-clamp:8}
.closed{flex-direction:column;justify-content:center;align-items:stretch;background:#0c2233}
.closed .line-title{font-size:6vh}
.closed .line-text{font-size:4.4vh}
.bar{flex:0 0 9vh;display:flex;align-items:center;justify-content:space-between;padding:0 4vw;background:#031726;font-size:2.8vh;gap:2vw}
.bar-name{display:flex;gap:2vw;min-width:0;white-space:nowrap;overflow:hidden}
.bar-dots{display:flex;gap:1vh}
.bar-dots span{width:1.6vh;height:1.6vh;border-radius:50%;background:#3c5a72}
.bar-dots span.on{background:#f2b705}
`
