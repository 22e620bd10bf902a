import { TestApp, TestUser, apiCall, createTestApp, signUp } from '@welness/testing';
import { detectLanguage } from './offline-language';
import { parseIntent } from './offline-intent.parser';

/**
 * Issue 13 item 5: how the offline coach understands common phrasings, in English and Spanish.
 * Each row names the intent the parser must find, the language the reply must be in, and facts
 * the reply must state (from the real tools over real stores: diary, plan, targets).
 */
interface Row {
  text: string;
  lang: 'en' | 'es';
  intent: string;
  facts: RegExp[];
}

const NUM = '\\d[\\d,.]*';
const row = (lang: Row['lang'], intent: string, text: string, ...facts: (RegExp | string)[]): Row => ({
  lang,
  intent,
  text,
  facts: facts.map((f) => (typeof f === 'string' ? new RegExp(f) : f)),
});

const ROWS: Row[] = [
  // English: today and yesterday
  row(
    'en',
    'daily_summary',
    'how am I doing today?',
    `Today so far: ${NUM} of ${NUM} kcal eaten`,
    `${NUM} kcal left`,
  ),
  row('en', 'daily_summary', "How's my day?", 'Today so far'),
  row('en', 'daily_summary', 'how many calories are left?', `${NUM} kcal left`),
  row('en', 'daily_summary', 'how many calories do I have left', `${NUM} kcal left`),
  row('en', 'daily_summary', "what's left for today?", `${NUM} kcal left`),
  row('en', 'daily_summary', 'calories left?', `${NUM} kcal left`),
  row('en', 'daily_summary', "today's summary", 'Today so far'),
  row('en', 'daily_summary', 'how did I do yesterday?', /^Yesterday: 640 of/),
  row('en', 'daily_summary', 'how much can I eat today?', `${NUM} kcal left`),
  row('en', 'daily_summary', 'remaining calories?', `${NUM} kcal left`),
  row('en', 'daily_summary', 'summary please', 'Today so far'),
  row('en', 'diary', 'what did I eat yesterday?', /Yesterday you logged Paella \(lunch, 640 kcal\)/),
  row('en', 'diary', 'What did I have yesterday', /Paella/),
  row('en', 'diary', 'what have I eaten today?', /Today you logged Toast with jam \(breakfast, 230 kcal\)/),
  row('en', 'diary', 'show my food diary', /Toast with jam/),
  // English: what to eat
  row(
    'en',
    'suggest',
    'what should I eat for dinner?',
    /^For dinner your plan has \d+ g [a-z]/,
    `about ${NUM} kcal`,
  ),
  row('en', 'suggest', 'What could I have for dinner tonight?', /^For dinner your plan has/),
  row('en', 'suggest', 'what should I eat for breakfast?', /^For breakfast your plan has/),
  row('en', 'suggest', 'any ideas for lunch?', /^For lunch your plan has/),
  row('en', 'suggest', 'suggest something for dinner', /^For dinner your plan has/),
  // English: logging, several foods and generic foods
  row(
    'en',
    'log_food',
    'I had 2 eggs and a slice of toast',
    /Shall I log 2 × Egg \(100 g, 155 kcal\) and 1 × Whole-wheat bread \(35 g, 88 kcal\)/,
  ),
  row(
    'en',
    'log_food',
    'I ate an apple and a banana for a snack',
    /1 × Apple \(180 g/,
    /1 × Banana \(120 g/,
    /for snacks/,
  ),
  row(
    'en',
    'log_food',
    'log 2 eggs, 1 banana and 150 g greek yogurt for breakfast',
    /2 × Egg/,
    /Banana/,
    /Greek yogurt \(150 g/,
    /for breakfast/,
  ),
  row(
    'en',
    'log_food',
    'I had 150 g greek yogurt for lunch',
    /Shall I log 150 g of Greek yogurt, plain, nonfat for lunch/,
  ),
  row('en', 'log_food', 'I just ate 2 eggs', /Shall I log 100 g of Egg/),
  row(
    'en',
    'log_food',
    'log 200 g chicken for dinner',
    /Shall I log 200 g of Chicken breast, roasted for dinner/,
  ),
  row('en', 'log_food', 'I had two eggs for breakfast', /Shall I log 100 g of Egg.* for breakfast/),
  // English: targets, plan, week, small talk
  row('en', 'targets', 'what are my targets?', `Your daily targets: ${NUM} kcal, ${NUM} g protein`),
  row('en', 'targets', 'how many calories should I eat?', 'Your daily targets'),
  row('en', 'targets', 'what is my protein goal', 'Your daily targets'),
  row(
    'en',
    'weekly_summary',
    'how was my week?',
    /Week \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}: \d+ day\(s\) logged/,
  ),
  row('en', 'plan', 'make me a meal plan', /is ready/, /Breakfast: /),
  row('en', 'help', 'help', 'Here is what I can do'),
  row('en', 'help', 'what can you do?', 'Here is what I can do'),
  row('en', 'greeting', 'hello', /^Hi! I'm/),
  row('en', 'greeting', 'good morning', /^Hi! I'm/),
  row('en', 'remember', "remember that I don't like coriander", 'I will remember that'),
  // Spanish: today and yesterday
  row(
    'es',
    'daily_summary',
    '¿cómo voy hoy?',
    `^Hoy: ${NUM} de ${NUM} kcal comidas`,
    `te quedan ${NUM} kcal`,
  ),
  row('es', 'daily_summary', '¿Cómo llevo el día?', /^Hoy: /),
  row('es', 'daily_summary', '¿cuántas calorías me quedan?', `te quedan ${NUM} kcal`),
  row('es', 'daily_summary', 'resumen de hoy', /^Hoy: /),
  row('es', 'daily_summary', '¿qué me queda para hoy?', `te quedan ${NUM} kcal`),
  row('es', 'daily_summary', '¿cuánto me queda?', `te quedan ${NUM} kcal`),
  row('es', 'daily_summary', '¿cómo me fue ayer?', /^Ayer: 640 de/),
  row('es', 'diary', '¿qué comí ayer?', /^Ayer registraste Paella \(la comida, 640 kcal\)/),
  row('es', 'diary', '¿qué he comido hoy?', /^Hoy registraste Toast with jam \(el desayuno, 230 kcal\)/),
  row('es', 'diary', 'mi diario', /Toast with jam/),
  // Spanish: what to eat
  row(
    'es',
    'suggest',
    '¿qué debería cenar?',
    /^Para la cena tu plan tiene \d+ g de [a-z]/,
    `unas ${NUM} kcal`,
  ),
  row('es', 'suggest', '¿qué puedo comer para la cena?', /^Para la cena tu plan tiene/),
  row('es', 'suggest', '¿qué debería desayunar?', /^Para el desayuno tu plan tiene/),
  row('es', 'suggest', '¿qué podría almorzar?', /^Para la comida tu plan tiene/),
  // Spanish: logging
  row(
    'es',
    'log_food',
    'he comido 2 huevos y una tostada',
    /^¿Registro 2 × Egg \(100 g, 155 kcal\) y 1 × Whole-wheat bread \(35 g/,
  ),
  row(
    'es',
    'log_food',
    'desayuné dos huevos y un plátano',
    /2 × Egg/,
    /1 × Banana \(120 g/,
    /en el desayuno/,
  ),
  row(
    'es',
    'log_food',
    'cené 200 g de pollo con arroz',
    /Chicken breast \(200 g/,
    /White rice/,
    /en la cena/,
  ),
  row('es', 'log_food', 'he comido 150 g de yogur griego', /^¿Registro 150 g de Greek yogurt/),
  row('es', 'log_food', 'tomé un plátano en la merienda', /^¿Registro 120 g de Banana/, /en la merienda/),
  // Spanish: targets and small talk
  row(
    'es',
    'targets',
    '¿cuáles son mis objetivos?',
    `^Tus objetivos diarios: ${NUM} kcal, ${NUM} g de proteína`,
  ),
  row('es', 'targets', '¿cuántas calorías debería comer?', /^Tus objetivos diarios/),
  row('es', 'help', 'ayuda', /^Esto es lo que puedo hacer/),
  row('es', 'help', '¿qué puedes hacer?', /^Esto es lo que puedo hacer/),
  row('es', 'greeting', 'hola', /^¡Hola! Soy/),
  row('es', 'greeting', 'buenos días', /^¡Hola! Soy/),
  row('es', 'greeting', 'buenas tardes', /^¡Hola! Soy/),
  row(
    'es',
    'weekly_summary',
    '¿cómo va mi semana?',
    /^Semana del \d{4}-\d{2}-\d{2} al \d{4}-\d{2}-\d{2}: \d+ día\(s\) registrados/,
  ),
  row(
    'es',
    'plan',
    'hazme un plan de comidas',
    /^Tu plan para la semana del \d{4}-\d{2}-\d{2} está listo/,
    /kcal en total/,
  ),
];

describe('offline coach phrasing table (en and es)', () => {
  let t: TestApp;
  let u: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    u = await signUp(t, { timeZone: 'UTC' });
    await apiCall(t, u, 'PATCH', '/me', {
      birthDate: '1990-05-01',
      sex: 'female',
      heightCm: 168,
      activityLevel: 'moderate',
    });
    await apiCall(t, u, 'POST', '/body/weights', { date: '2020-01-01', weightKg: 70 });
    const today = new Date().toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const quick = (date: string, slot: string, name: string, energyKcal: number) =>
      apiCall(t, u, 'POST', '/diary/entries', {
        kind: 'quick',
        quantity: 1,
        unit: 'serving',
        slot,
        date,
        quick: { name, energyKcal },
      });
    expect((await quick(yesterday, 'lunch', 'Paella', 640)).status).toBe(201);
    expect((await quick(today, 'breakfast', 'Toast with jam', 230)).status).toBe(201);
    expect((await apiCall(t, u, 'POST', '/plans/generate', { seed: 7 })).status).toBe(201);
  });
  afterAll(async () => {
    await t?.close();
  });

  it(`has at least 60 phrasings in both languages`, () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(60);
    expect(ROWS.filter((r) => r.lang === 'es').length).toBeGreaterThanOrEqual(20);
  });

  it.each(ROWS.map((r) => [r.lang, r.text, r] as const))('[%s] %s', async (_lang, text, r) => {
    expect(parseIntent(text, new Date(), false).kind).toBe(r.intent);
    expect(detectLanguage(text)).toBe(r.lang);
    // A fresh conversation per phrasing: a proposal left pending must not colour the next row.
    const conversation = (await apiCall<{ id: string }>(t, u, 'POST', '/agents/conversations', {})).body.id;
    const res = await apiCall<{ message: { content: string } }>(
      t,
      u,
      'POST',
      `/agents/conversations/${conversation}/messages`,
      { text },
    );
    expect(res.status).toBe(200);
    const reply = res.body.message.content;
    for (const fact of r.facts) expect(reply).toMatch(fact);
  });
});
