import { registerStrings, type Translation } from '../../i18n/register';

const en = {
  weight: 'Weight {{weight}}',
  weightChange: 'Weight {{weight}}, {{change}} this week',
};

const es: Translation<typeof en> = {
  weight: 'Peso {{weight}}',
  weightChange: 'Peso {{weight}}, {{change}} esta semana',
};

registerStrings('dashboardMore', { en, es });
