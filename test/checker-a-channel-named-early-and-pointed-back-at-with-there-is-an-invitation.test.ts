import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

const checker = createDraftChecker({ llm: null });

// A social page or an app described at length and only then pointed back at with a word for "there" ("búscanos allí",
// "procure a gente lá", "cercateci lì", "suchen Sie uns dort", "cari kami di sana", "去那里找我们"): the invitation sits
// beyond the context window of the name, and the "there" is what ties it to the name (rules/detection/channels.yaml,
// THERE_POINTER, read up to the lexicon rules' farWindow). The near misses keep the chat here, or use a "there" of place,
// or an article that folds to the same letters as an accented "there" ("de la empresa").
describe('a channel named early and pointed back at with "there"', () => {
  it.each([
    'Tenemos una cuenta de Instagram con fotos de la planta, los modelos nuevos de cada semana y opiniones de clientes, encuéntranos allí y mándanos un mensaje',
    'Temos uma página de Facebook com os vídeos da linha de produção e as fotos dos clientes do Brasil, procure a gente lá, e manda mensagem',
    'Abbiamo un profilo Instagram con tutte le novità della stagione e le foto dei campioni spediti, cercateci lì e scriveteci',
    'Unser YouTube-Kanal zeigt jede Maschine im Betrieb und alle Tests aus dem Labor der Fabrik, schreiben Sie uns dort einen Kommentar',
    'Kami punya akun TikTok dengan video produksi harian dan testimoni pembeli dari Malaysia, hubungi kami di sana ya',
    'Our Facebook page has every colour card and the photos our customers sent from their shops over the years. Message us there for the wholesale list',
    '我们有个抖音号，天天直播工厂生产线和新款打样的过程，有兴趣的话去那里找我们',
    'Tenemos canal de YouTube con todas las pruebas de carga de cada modelo del catálogo, ahí nos puedes escribir',
  ])('flags %s', (t) => expect(checker.checkLocal(t).leak).toBe(true));

  it.each([
    'Tenemos una cuenta de Instagram con fotos de la planta y los modelos nuevos, pero los pedidos y mensajes son solo por Alibaba, escríbenos aquí',
    'Nuestra tienda de TikTok solo muestra los productos, el pedido se hace por aquí, escríbenos por el nombre de la empresa en Alibaba',
    'We film the factory videos for our YouTube channel in the warehouse, the forklifts are there every day.',
    '我们有个抖音号，平时拍一些工厂生产线和新款打样的视频，不过询价下单还是在阿里巴巴这里',
    'Tenemos una página de Instagram con las fotos de la fábrica; el almacén de Ningbo está allí también.',
  ])('passes %s', (t) => expect(checker.checkLocal(t).leak).toBe(false));
});
