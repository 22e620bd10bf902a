import type { BotLanguage } from '../linking/bot-chat.entity';

type Params = Record<string, string | number>;
type Text = string | ((p: Params) => string);

const en = {
  intro: (p: Params) =>
    `Hi! I'm the Welness AI coach. I log your meals from a barcode photo, show your day and answer your questions.\n\nThis chat is not linked to an account yet. Sign up or sign in at ${p.url}, open Settings → Connect Telegram and tap the link there.`,
  linked: 'Linked! This chat now belongs to your Welness AI account. Send a barcode photo, /today for your day, or just ask me something. /help lists everything.',
  linkInvalid: 'That link code is invalid, expired or already used. Create a new one in Settings → Connect Telegram.',
  linkRateLimited: 'Too many attempts. Wait 10 minutes, then use a fresh link from Settings → Connect Telegram.',
  stopped: 'Unlinked. This chat no longer has access to your account. Link it again any time from Settings → Connect Telegram.',
  notLinked: 'This chat is not linked to an account.',
  help: [
    'What I can do:',
    '/today: your day against your targets',
    '/log: log a meal step by step (or just send a barcode photo)',
    '/plan: today\'s planned meals, one tap to log',
    '/water 250: log water (ml)',
    '/weight 72.5: log your weight (kg, or lb with imperial units in Settings)',
    '/goal: your goal and targets',
    '/language: English / Español',
    '/stop: unlink this chat',
    'Anything else you write goes to your coach.',
  ].join('\n'),
  languagePick: 'Choose a language:',
  languageSet: 'Language: English.',
  waterLogged: (p: Params) => `Logged ${p.ml} ml of water. Today: ${p.total} ml.`,
  waterUsage: 'Send /water followed by millilitres, e.g. /water 250.',
  weightLogged: (p: Params) => `Weight ${p.weight} saved for ${p.date}.`,
  weightUsage: 'Send /weight followed by kilograms, e.g. /weight 72.5.',
  weightUsageLb: 'Send /weight followed by pounds, e.g. /weight 160.',
  goalNone: 'No goal yet. Set one in the web app (Settings → Goals) or tell me, e.g. "I want to lose 0.5 kg a week".',
  goal: (p: Params) => `Goal: ${p.direction}${p.rate}${p.target}.`,
  planNone: 'No diet plan for today. Generate one in the web app (Plan) or ask me to make one.',
  planHeader: (p: Params) => `Plan for ${p.date}:`,
  planLogged: (p: Params) => `Logged ${p.slot}: ${p.count} item(s).`,
  logPickSlot: 'Which meal?',
  logPrompt: (p: Params) => `${p.slot}: send a barcode photo, type the barcode digits, or type a food name to search.`,
  logNoResults: (p: Params) => `Nothing found for "${p.q}". Try another name or send a barcode photo.`,
  logResults: 'Pick a product:',
  logged: (p: Params) => `Logged to ${p.slot}: ${p.name}, ${p.amount} (${p.kcal} kcal).`,
  noBarcode: 'I could not find a barcode in that photo. Fill the frame with the barcode, keep it sharp and well lit, or type the digits.',
  unreadable: 'I could not open that image. Please send it again as a photo.',
  unknownBarcode: (p: Params) =>
    `I don't know barcode ${p.code} yet. Let's add it: reply with the name and the label values per 100 g as\nname; kcal; fat; carbohydrates; protein\ne.g. Oat biscuits; 450; 18; 62; 7`,
  addFormat: 'Please use: name; kcal; fat; carbohydrates; protein (per 100 g), e.g. Oat biscuits; 450; 18; 62; 7',
  added: 'Added. Thanks! Here it is:',
  productPer: (p: Params) => `${p.kcal} kcal per ${p.basis}`,
  allergenWarning: (p: Params) => `⚠ Contains ${p.list}, which your profile lists as an allergy.`,
  allergens: (p: Params) => `Allergens: ${p.list}`,
  logPortion: 'Log a portion:',
  serving: (p: Params) => `1 serving (${p.g} g)`,
  todayHeader: (p: Params) => `Today, ${p.date}`,
  todayEnergy: (p: Params) => `Energy: ${p.consumed}${p.target} kcal${p.remaining}`,
  todayMacros: (p: Params) => `Protein ${p.protein} · Carbs ${p.carbs} · Fat ${p.fat}`,
  todayWater: (p: Params) => `Water: ${p.water}${p.target} ml`,
  todayStreak: (p: Params) => `Streak: ${p.days} day(s)`,
  todayNoTargets: 'Targets need your profile (age, sex, height, weight): finish it in the web app.',
  remaining: (p: Params) => ` (${p.kcal} left)`,
  reminder: (p: Params) => `Time to log your ${p.slot}. Send a barcode photo or /log.`,
  busy: 'The coach is still answering your previous message.',
  confirmNo: 'No',
  error: 'Something went wrong on my side. Please try again in a moment.',
  slots: 'breakfast|lunch|dinner|snacks',
};

const es: typeof en = {
  intro: (p: Params) =>
    `¡Hola! Soy el coach de Welness AI. Registro tus comidas con una foto del código de barras, te muestro tu día y respondo tus preguntas.\n\nEste chat aún no está vinculado a una cuenta. Regístrate o entra en ${p.url}, abre Ajustes → Conectar Telegram y pulsa el enlace.`,
  linked: '¡Vinculado! Este chat pertenece ahora a tu cuenta de Welness AI. Envía una foto de un código de barras, /today para tu día, o pregúntame algo. /help lo lista todo.',
  linkInvalid: 'Ese código no es válido, ha caducado o ya se usó. Crea uno nuevo en Ajustes → Conectar Telegram.',
  linkRateLimited: 'Demasiados intentos. Espera 10 minutos y usa un enlace nuevo de Ajustes → Conectar Telegram.',
  stopped: 'Desvinculado. Este chat ya no tiene acceso a tu cuenta. Puedes volver a vincularlo desde Ajustes → Conectar Telegram.',
  notLinked: 'Este chat no está vinculado a ninguna cuenta.',
  help: [
    'Lo que puedo hacer:',
    '/today: tu día frente a tus objetivos',
    '/log: registrar una comida paso a paso (o envía una foto del código de barras)',
    '/plan: las comidas planificadas de hoy, registro con un toque',
    '/water 250: registrar agua (ml)',
    '/weight 72.5: registrar tu peso (kg, o lb con unidades imperiales en Ajustes)',
    '/goal: tu objetivo y tus metas',
    '/language: English / Español',
    '/stop: desvincular este chat',
    'Todo lo demás que escribas va a tu coach.',
  ].join('\n'),
  languagePick: 'Elige un idioma:',
  languageSet: 'Idioma: español.',
  waterLogged: (p: Params) => `Registrados ${p.ml} ml de agua. Hoy: ${p.total} ml.`,
  waterUsage: 'Envía /water seguido de mililitros, p. ej. /water 250.',
  weightLogged: (p: Params) => `Peso de ${p.weight} guardado para ${p.date}.`,
  weightUsage: 'Envía /weight seguido de kilos, p. ej. /weight 72.5.',
  weightUsageLb: 'Envía /weight seguido de libras, p. ej. /weight 160.',
  goalNone: 'Aún no tienes objetivo. Fíjalo en la web (Ajustes → Objetivos) o dímelo, p. ej. "quiero perder 0,5 kg por semana".',
  goal: (p: Params) => `Objetivo: ${p.direction}${p.rate}${p.target}.`,
  planNone: 'No hay plan para hoy. Genera uno en la web (Plan) o pídemelo.',
  planHeader: (p: Params) => `Plan para ${p.date}:`,
  planLogged: (p: Params) => `Registrado ${p.slot}: ${p.count} alimento(s).`,
  logPickSlot: '¿Qué comida?',
  logPrompt: (p: Params) => `${p.slot}: envía una foto del código de barras, escribe sus dígitos o el nombre de un alimento.`,
  logNoResults: (p: Params) => `No encontré nada para "${p.q}". Prueba otro nombre o envía una foto del código.`,
  logResults: 'Elige un producto:',
  logged: (p: Params) => `Registrado en ${p.slot}: ${p.name}, ${p.amount} (${p.kcal} kcal).`,
  noBarcode: 'No encontré ningún código de barras en la foto. Encuádralo bien, nítido y con buena luz, o escribe los dígitos.',
  unreadable: 'No pude abrir esa imagen. Envíala de nuevo como foto.',
  unknownBarcode: (p: Params) =>
    `Aún no conozco el código ${p.code}. Añádelo: responde con el nombre y los valores por 100 g así\nnombre; kcal; grasas; hidratos; proteínas\np. ej. Galletas de avena; 450; 18; 62; 7`,
  addFormat: 'Usa: nombre; kcal; grasas; hidratos; proteínas (por 100 g), p. ej. Galletas de avena; 450; 18; 62; 7',
  added: 'Añadido. ¡Gracias! Aquí está:',
  productPer: (p: Params) => `${p.kcal} kcal por ${p.basis}`,
  allergenWarning: (p: Params) => `⚠ Contiene ${p.list}, que tu perfil indica como alergia.`,
  allergens: (p: Params) => `Alérgenos: ${p.list}`,
  logPortion: 'Registrar una ración:',
  serving: (p: Params) => `1 ración (${p.g} g)`,
  todayHeader: (p: Params) => `Hoy, ${p.date}`,
  todayEnergy: (p: Params) => `Energía: ${p.consumed}${p.target} kcal${p.remaining}`,
  todayMacros: (p: Params) => `Proteínas ${p.protein} · Hidratos ${p.carbs} · Grasas ${p.fat}`,
  todayWater: (p: Params) => `Agua: ${p.water}${p.target} ml`,
  todayStreak: (p: Params) => `Racha: ${p.days} día(s)`,
  todayNoTargets: 'Los objetivos necesitan tu perfil (edad, sexo, altura, peso): complétalo en la web.',
  remaining: (p: Params) => ` (quedan ${p.kcal})`,
  reminder: (p: Params) => `Hora de registrar tu ${p.slot}. Envía una foto del código de barras o /log.`,
  busy: 'El coach aún está respondiendo a tu mensaje anterior.',
  confirmNo: 'No',
  error: 'Algo falló por mi parte. Inténtalo de nuevo en un momento.',
  slots: 'desayuno|comida|cena|tentempiés',
};

export type TextKey = keyof typeof en;
const TEXTS: Record<BotLanguage, Record<TextKey, Text>> = { en, es };

export function t(lang: BotLanguage, key: TextKey, params: Params = {}): string {
  const text = TEXTS[lang][key] ?? TEXTS.en[key];
  return typeof text === 'function' ? text(params) : text;
}

const SLOT_KEYS = ['breakfast', 'lunch', 'dinner', 'snacks'] as const;

/** A meal slot's name in the chat's language. */
export function slotName(lang: BotLanguage, slot: string): string {
  const names = t(lang, 'slots').split('|');
  const i = SLOT_KEYS.indexOf(slot as (typeof SLOT_KEYS)[number]);
  return i >= 0 ? names[i] : slot;
}

/** Command menus registered by `npm run bots:setup` (setMyCommands, per language). */
export const COMMANDS: Record<BotLanguage, { command: string; description: string }[]> = {
  en: [
    { command: 'today', description: 'Your day against your targets' },
    { command: 'log', description: 'Log a meal step by step' },
    { command: 'plan', description: "Today's planned meals" },
    { command: 'water', description: 'Log water, e.g. /water 250' },
    { command: 'weight', description: 'Log weight, e.g. /weight 72.5' },
    { command: 'goal', description: 'Your goal and targets' },
    { command: 'language', description: 'English / Español' },
    { command: 'help', description: 'What I can do' },
    { command: 'stop', description: 'Unlink this chat' },
  ],
  es: [
    { command: 'today', description: 'Tu día frente a tus objetivos' },
    { command: 'log', description: 'Registrar una comida paso a paso' },
    { command: 'plan', description: 'Comidas planificadas de hoy' },
    { command: 'water', description: 'Registrar agua, p. ej. /water 250' },
    { command: 'weight', description: 'Registrar peso, p. ej. /weight 72.5' },
    { command: 'goal', description: 'Tu objetivo y tus metas' },
    { command: 'language', description: 'English / Español' },
    { command: 'help', description: 'Lo que puedo hacer' },
    { command: 'stop', description: 'Desvincular este chat' },
  ],
};
