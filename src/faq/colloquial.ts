/**
 * A question typed the way merchants chat is read in the words the briefing and the ask rules are written in, before
 * anything else looks at it: the briefing's Chinese terms typed in pinyin ("xinbao tixian", "Jinpin kecheng"),
 * dialect function words (俺, 咋, 中不中) and remarks about why one asks ("quiz 要用", "for a training slide"), which
 * state nothing the briefing could answer but name words (quiz, exam, training) that are topics of their own.
 * The lists are data in rules/ask/colloquial.yaml; this module only compiles and applies them.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readYamlFile } from '../config/yaml.js';
import { RegexSource } from './asks.js';

const ColloquialFileSchema = z.object({
  romanised: z.record(z.string().regex(/\p{Script=Han}/u), z.array(z.string().regex(/^[a-zü ]+$/)).min(1)),
  /** single-syllable question particles, read only where they end a clause ("ok ma?"): elsewhere they are English */
  particles: z.record(z.string().regex(/^[a-z]+$/), z.string().regex(/\p{Script=Han}/u)),
  dialect: z.record(z.string().min(1), z.string()),
  asides: z.array(RegexSource),
  /** English abbreviations written with a full stop ("etc.", "e.g."), read without it: the stop ends no clause */
  abbreviations: z.record(z.string().regex(/^[a-z.]+\.$/i), z.string().regex(/^[a-z ]+$/i)).default({}),
  /** English contractions typed without their apostrophe ("thats", "whats", "dont"), read with it */
  contractions: z.record(z.string().regex(/^[a-z]+$/), z.string().regex(/^[a-z]+'[a-z]+$/)).default({}),
});

export interface Colloquial {
  /** The question in the briefing's own words; unchanged when nothing in it is colloquial. */
  read(question: string): string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Diacritics off and ü as v/u alike, so "lǜsè", "lvse" and "lüse" are one spelling. */
function foldPinyin(text: string): string {
  return text.normalize('NFD').replace(/u\u0308|u:/gi, 'v').replace(/[\u0300-\u036f]/g, '');
}

export function loadColloquial(rulesDir: string): Colloquial | null {
  const path = join(rulesDir, 'ask', 'colloquial.yaml');
  if (!existsSync(path)) return null;
  const file = readYamlFile(path, ColloquialFileSchema, { shownAs: path });
  return compileColloquial(file);
}

export function compileColloquial(file: z.infer<typeof ColloquialFileSchema>): Colloquial {
  // pinyin: every syllable boundary written in the data may be typed with a space, a hyphen, an apostrophe or nothing;
  // longest first, so "jinpin chengqi" wins over "jinpin"
  const spellings: [string, string][] = [];
  for (const [han, list] of Object.entries(file.romanised)) for (const p of list) spellings.push([foldPinyin(p).toLowerCase(), han]);
  spellings.sort((a, b) => b[0].length - a[0].length);
  const hanOf = new Map<string, string>();
  for (const [p, han] of spellings) hanOf.set(p.replace(/ /g, ''), han);
  const romanised = spellings.length
    ? new RegExp(`(?<![a-z0-9./@_-])(${spellings.map(([p]) => p.split(' ').map(escape).join(`[\\s'’-]*`)).join('|')})(?![a-z0-9@_-]|\\.[a-z])`, 'gi')
    : null;
  const particles = Object.keys(file.particles);
  const particleRe = particles.length ? new RegExp(`(?<=[\\p{Script=Han}\\w][ \\t]*)(?<![a-z])(${particles.join('|')})(?=[ \\t]*(?:[?？!！。,，~～]|$))`, 'giu') : null;
  const dialect = Object.keys(file.dialect).sort((a, b) => b.length - a.length);
  const dialectRe = dialect.length ? new RegExp(dialect.map(escape).join('|'), 'gu') : null;
  const asides = file.asides.length ? new RegExp(file.asides.map((a) => `(?:${a})`).join('|'), 'giu') : null;
  // (longest first, so "e.g." is read before a shorter one it holds; never inside a word, "vs." not in "devs.")
  const abbreviations = Object.keys(file.abbreviations).sort((a, b) => b.length - a.length);
  const readingOf = new Map(Object.entries(file.abbreviations).map(([a, r]) => [a.toLowerCase(), r]));
  const contractionRe = Object.keys(file.contractions).length ? new RegExp(`\\b(?:${Object.keys(file.contractions).join('|')})\\b`, 'gi') : null;
  const abbreviationRe = abbreviations.length ? new RegExp(`(?<![\\p{L}\\p{N}.])(?:${abbreviations.map(escape).join('|')})`, 'giu') : null;
  return {
    read(question) {
      let q = question;
      if (abbreviationRe) q = q.replace(abbreviationRe, (m) => readingOf.get(m.toLowerCase()) ?? m);
      // a phone keyboard types the apostrophe of "isn't", "what's" as ’: inside a word it is the apostrophe the ask
      // rules are written with (a closing quotation mark, after a word, is left alone)
      q = q.replace(/(?<=\p{L})[’‘ʼ](?=\p{L})/gu, "'");
      if (contractionRe) q = q.replace(contractionRe, (m) => file.contractions[m.toLowerCase()] ?? m);
      if (asides) q = q.replace(asides, ' ');
      if (romanised && /[a-z]/i.test(q)) {
        // matched on the folded text; the rest of the pipeline reads NFKC anyway, so nothing it needs is lost
        const base = foldPinyin(q).normalize('NFC');
        // a pinyin word stands in for Chinese: written next to Chinese it joins it unspaced, as Chinese is written
        const marked = base.replace(romanised, (m) => `\u0001${hanOf.get(m.toLowerCase().replace(/[\s'’-]+/g, '')) ?? m}\u0001`);
        if (marked !== base) {
          q = marked
            .replace(/(?<=\u0001)[ \t]+(?=[\p{Script=Han}\u0001])|(?<=\p{Script=Han})[ \t]+(?=\u0001)/gu, '')
            .replace(/\u0001/g, '');
        }
        // a particle is only read as Chinese in a question that already has some
        if (particleRe && /\p{Script=Han}/u.test(q)) q = q.replace(particleRe, (m) => file.particles[m.toLowerCase()] ?? m);
      }
      if (dialectRe) q = q.replace(dialectRe, (m) => file.dialect[m] ?? m);
      return q === question ? question : q.replace(/[ \t]{2,}/g, ' ').trim();
    },
  };
}
