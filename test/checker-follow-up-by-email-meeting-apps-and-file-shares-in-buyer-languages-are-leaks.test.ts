import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// The follow-up moved off the platform: by email, on a video meeting app, through a file share, or on Feishu/Lark,
// in en and zh and in the buyers' languages (de, es, pt, it, pl, nl, id, fr). Order paperwork by email, the
// platform's own video call, product features and declines stay compliant.
const leaks: string[] = [
  "I'll email you the drawings tonight.",
  "Let's continue by email, it's easier for me.",
  "Please send it to my mailbox, I check it more often.",
  "Could we have a quick call on Google Meet tomorrow?",
  "I'll set up a Teams meeting and send you the link.",
  "Let's hop on a Zoom call this afternoon.",
  "我们用腾讯会议聊一下吧",
  "以后有问题直接发邮件给我，我看得更及时",
  "后续我们邮件沟通吧",
  "Ich schicke Ihnen die Zeichnungen per E-Mail.",
  "Le mando los detalles por correo, ¿cuál es su dirección?",
  "Envio o catálogo por e-mail amanhã.",
  "Le invio il listino via e-mail stasera.",
  "Wyślę katalog e-mailem jutro.",
  "Ik stuur de tekeningen per e-mail.",
  "Saya kirim katalognya lewat email ya.",
  "Je vous envoie les photos par e-mail ce soir.",
  "Ich schicke den Katalog über Dropbox.",
  "Le mando el enlace de Google Drive con las fotos.",
  "Saya kirim video lewat Google Drive.",
  "Ik deel de map via WeTransfer.",
  "Condivido le foto su Google Drive.",
  "资料我放百度网盘了，链接给您",
  "Reunión por Zoom mañana a las 10, le envío la invitación.",
  "Podemos fazer uma videochamada pelo Google Meet?",
  "Add me on Feishu, my id is amy_2023",
  "We can continue on Lark, it's faster for sending files.",
  "加我飞书吧，方便发资料",
  "Puoi mandarmi il disegno via WeTransfer?",
  "Czy może Pan przesłać rysunki przez Dropbox?",
  "Kunt u de tekeningen via WeTransfer sturen?",
  "Bisa kirim file desainnya lewat Google Drive?",
  "Pouvez-vous m'envoyer le fichier par e-mail ?",
  "Können Sie mir die Zeichnung per E-Mail schicken?",
  "¿Me puede enviar los planos por correo electrónico?",
  "Pode me mandar os desenhos por e-mail?",
  "Ik stuur u een Teams-uitnodiging voor morgen.",
  "Possiamo fare una videochiamata su Zoom domani?",
  "Czy możemy porozmawiać na Google Meet jutro?",
  "Bisakah kita rapat lewat Zoom besok?",
  "Podemos hacer una videollamada por Zoom mañana?",
  "On peut faire une visio sur Teams demain ?",
  "Wyślę Panu katalog mailem.",
  "文件太大，你用百度网盘发我吧",
  "我们约个腾讯会议，您方便吗",
  "Please share the drawings via Google Drive.",
  "Can you upload the artwork to Dropbox and send me the link?",
];

const passes: string[] = [
  "The proforma invoice will be sent to your email for payment.",
  "We can video call right here on Alibaba, the chat has a video button.",
  "Our camera has 10x optical zoom and 4K video.",
  "This webcam is certified for Microsoft Teams and Zoom meetings.",
  "Sorry, I can't use Zoom, let's do a video call here on Alibaba.",
  "我们可以在阿里上视频看厂",
  "The shipping notice from DHL will come to your email.",
  "Please don't send files to my email, upload them here in the chat.",
  "Our sales teams will meet you at the Canton Fair booth.",
  "Die Rechnung schicke ich Ihnen per E-Mail für den Zoll.",
  "La factura proforma se la envío por correo para el pago.",
  "Zoom in on the third photo to see the stitching.",
  "发票会发到您的邮箱，请查收",
  "We don't use Google Drive, all files are here in the chat.",
  "I'll send the photos right here in this chat.",
  "Thanks for your email, the samples are ready.",
  "我们的物流信息会发到您的邮箱",
  "Alibaba will email you a payment confirmation.",
  "The lark is a small singing bird, we print it on the mug.",
  "Lark model LK-200 is in stock.",
  "Puoi mandarmi il disegno qui in chat?",
  "Bitte senden Sie die Zeichnung hier im Alibaba-Chat.",
  "La factura se la envío por correo para la aduana.",
  "Podemos hacer una videollamada aquí en Alibaba.",
  "Wir können hier im Chat Fotos schicken, bitte keine E-Mail.",
  "We work in teams of five, the video of the workshop is in this chat.",
  "Our QC teams will meet you tomorrow at the factory gate.",
  "The camera has optical zoom, see the video here in the chat.",
  "Zoom in on the photo, the logo is embossed; talk to you tomorrow here.",
  "Per Teams zu kommunizieren ist bei uns nicht erlaubt, wir bleiben hier im Chat.",
  "This headset is certified for Microsoft Teams calls.",
  "Wir senden die Rechnung per E-Mail für den Zoll.",
  "Mandarin and English are both fine for our call here on Alibaba.",
  "Le envío las fotos aquí en el chat mañana."
];

describe('follow-up by email, meeting apps and file shares in the buyers\' languages', () => {
  for (const text of leaks) {
    it(`flags: ${text}`, () => {
      const r = checker.checkLocal(text);
      expect(r.leak, JSON.stringify(r.findings.map((f) => f.rule))).toBe(true);
      const f = r.findings.find((x) => x.rule !== 'classifier');
      expect(f, 'a rule finding with its span').toBeDefined();
      expect(text.slice(f!.start, f!.end)).toBe(f!.excerpt);
      expect(checker.checkLocal(r.rewrite!).leak, r.rewrite!).toBe(false);
    });
  }
  for (const text of passes) {
    it(`passes: ${text}`, () => {
      const r = checker.checkLocal(text);
      expect(r.leak, JSON.stringify(r.findings.map((f) => [f.rule, f.excerpt]))).toBe(false);
    });
  }
});
