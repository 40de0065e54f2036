import { describe, expect, it } from 'vitest';
import { createDraftChecker } from '../src/checker/index.js';

/**
 * Buyers are often addressed formally: "necesito su correo", "déme su número", "preciso do seu WhatsApp". Asked with a
 * verb of asking, that is an ask for a contact like "your email"; an order number or the consignee's phone for the
 * courier is not. An online form or survey (Google Forms, 问卷星, Jotform) collects the buyer's details off the
 * platform, like a file drop.
 */
const checker = createDraftChecker({ llm: null });

describe('a contact asked with the formal "your"', () => {
  it.each([
    'Estimado cliente, para mandarle el catálogo necesito su correo electrónico.',
    'Por favor, déme su número de WhatsApp y le envío los precios.',
    'Olá! Preciso do seu telefone para explicar melhor o projeto.',
  ])('leaks: %s', (text) => {
    expect(checker.checkLocal(text).verdict).not.toBe('pass');
  });

  it.each([
    'Necesito su número de pedido para revisar el estado del envío.',
    'Para la guía de DHL necesito su dirección de entrega y su teléfono de contacto.',
    'Preciso do seu CNPJ para a fatura comercial.',
  ])('passes as an order step: %s', (text) => {
    expect(checker.checkLocal(text).verdict).toBe('pass');
  });
});

describe('an online form that collects the buyer\'s details', () => {
  it.each([
    'To get our best price, fill in forms.gle/Xy12AbCd with your name, company and phone.',
    '麻烦您填一下这个表单 https://jinshuju.net/f/AbC123 ，我们安排工程师联系您',
    'Quick survey for new buyers: https://www.jotform.com/233456 (takes 1 min, leave your WhatsApp)',
  ])('leaks: %s', (text) => {
    expect(checker.checkLocal(text).verdict).not.toBe('pass');
  });

  it('a form-builder product described in words passes', () => {
    expect(checker.checkLocal('Our tablet kiosk runs any survey app, Google Forms style, for your shop visitors.').verdict).toBe('pass');
  });
});
