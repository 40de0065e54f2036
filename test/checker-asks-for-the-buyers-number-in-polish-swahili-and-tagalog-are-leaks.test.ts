import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

// Buyers in Poland, Kenya and Tanzania, and the Philippines: the rep asks for their phone in their language
// (rules/detection/multilingual.yaml: the ask verbs and the contact words of each). An order or tracking number asked
// in the same words, or the talk kept here, passes. Round 37's writer used all three languages; wordings invented.
const checker = createDraftChecker({ llm: null });
const verdict = (t: string) => checker.checkLocal(t).verdict;

describe('asks for the buyer’s number in Polish, Swahili and Tagalog', () => {
  it('are leaks', () => {
    for (const t of [
      'Dzień dobry, proszę podać numer telefonu, wyślę zdjęcia lamp na WhatsApp',
      'Panie Tomaszu, prześlij mi swój numer telefonu, zadzwonię jutro',
      'Habari, tafadhali nitumie namba yako ya simu nikutumie bei',
      'Rafiki, nipe simu yako tuzungumze kuhusu bei',
      'Sir paki-send po ang number ninyo para ma-viber ko ang quotation',
      "Ma'am pakibigay po ng cp niyo, i-text ko po ang details",
    ]) expect(verdict(t), t).toBe('block');
  });

  it('an order number asked in the same words, or the talk kept here, passes', () => {
    for (const t of [
      'Prosimy podać numer zamówienia z Alibaba, sprawdzimy status wysyłki',
      'Tafadhali nitumie namba ya oda ili tuangalie usafirishaji',
      'Sir pa-send po ng order number ninyo sa Alibaba para ma-check ko',
      'Asante, tutaendelea kuzungumza hapa Alibaba tu',
    ]) expect(verdict(t), t).toBe('pass');
  });
});
