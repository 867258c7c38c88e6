import { DISCOVERY, EARLY, GRANTED, THREE_SENT, notes, people, promises } from './context';
import type { CorpusDraft, Label } from './types';

const OTHER: Label = 'na: the coach reads English only; the rep checks this one';

/** Every item that reads the words is na; consent still applies, with its own label. */
function readsNothing(permission: Label): CorpusDraft['labels'] {
  return {
    'offers-value': OTHER,
    'call-to-action': OTHER,
    'specific-proposal': OTHER,
    'small-first-step': OTHER,
    'customer-centred': OTHER,
    'no-rehash': OTHER,
    remembers: OTHER,
    'one-off-not-pattern': OTHER,
    permission,
    'keeps-promise': OTHER,
  };
}

/** Drafts in other languages: the items that read the words stay na; consent still applies. */
export const LANGUAGES: CorpusDraft[] = [
  {
    name: 'Spanish follow-up',
    family: 'other-language',
    subject: 'Seguimiento',
    body: 'Hola Dana, te escribo para saber si tuviste tiempo de revisar la propuesta que te envié la semana pasada. ¿Podemos hablar el jueves a las diez?',
    notes: DISCOVERY,
    person: people.danaGranted,
    labels: readsNothing(GRANTED),
  },
  {
    name: 'German draft with an overdue promise',
    family: 'other-language',
    subject: 'Bericht',
    body: 'Hallo Dana, anbei der Bericht, den wir besprochen haben. Passt dir ein kurzes Gespräch am Donnerstag um zehn Uhr?',
    notes: [promises.soc2Overdue],
    person: people.dana,
    labels: readsNothing(EARLY),
  },
  {
    name: 'French draft to someone who declined',
    family: 'other-language',
    subject: 'Une dernière idée',
    body: 'Bonjour Dana, je me permets de vous envoyer une dernière idée pour votre équipe. Seriez-vous disponible jeudi pour un court appel avec nous ?',
    notes: [notes.team],
    person: people.danaDeclined,
    labels: readsNothing('fail: they declined further contact'),
  },
  {
    name: 'Portuguese note to the Lisbon team',
    family: 'other-language',
    subject: 'Plano para a equipa',
    body: 'Olá Dana, segue em anexo o plano para a equipa de Lisboa. Podemos falar na terça-feira às 15h durante quinze minutos? Obrigado!',
    notes: [notes.lisbon, notes.chivas],
    person: people.dana,
    labels: readsNothing(EARLY),
  },
  {
    name: 'Dutch fourth message without a reply',
    family: 'other-language',
    subject: 'Nog een idee',
    body: 'Hoi Dana, ik heb nog een idee voor jullie team en wil het graag met je bespreken. Heb je donderdag om tien uur een kwartier voor een gesprek?',
    notes: [notes.team],
    person: people.dana,
    touches: THREE_SENT,
    labels: readsNothing('warn: three messages unanswered and consent never asked'),
  },
  {
    name: 'Italian draft with no person picked',
    family: 'other-language',
    subject: 'Proposta',
    body: 'Ciao, grazie per la chiamata di ieri. Ti mando la proposta per il progetto pilota di due settimane, con i prezzi per cinque utenti. Fammi sapere se va bene.',
    labels: readsNothing('na: nobody picked, so no consent to check'),
  },
];
