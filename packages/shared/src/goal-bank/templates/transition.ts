import type { GoalTemplate } from '../goal-bank';
import { BY_ANNUAL_REVIEW, EACH_GRADING_PERIOD, EVERY_9_WEEKS, WITHIN_36_WEEKS } from './common';

/** Post-secondary transition: work, further education and independent living (older students). */
export const TRANSITION_TEMPLATES: GoalTemplate[] = [
  {
    id: 'tr-work-task',
    area: 'transition',
    keywords: {
      en: ['job', 'work', 'task list', 'vocational', 'employment', 'job skills'],
      es: ['trabajo', 'empleo', 'lista de pasos', 'vocacional', 'habilidades laborales'],
    },
    en: {
      title: 'Following a multi-step work task',
      baseline:
        'In a school job (such as sorting mail or stocking supplies), {{student}} does {{baseline_steps}} of the 6 steps in order before asking an adult what to do next.',
      condition: 'Given a written or picture task list for a job related to {{interest}}',
      behavior: 'does the job from start to finish in the right order and tells the supervisor when done',
      criterion: 'doing all steps in order with no more than 1 prompt on 4 of 5 work days',
      timeframe: BY_ANNUAL_REVIEW.en,
      measurement: 'Step-by-step data sheet kept by the job coach or teacher and reviewed by the OT',
      reporting: EACH_GRADING_PERIOD.en,
      objectives: [
        'Given a task list, {{student}} will do the first 3 steps of the job in order with no more than 2 prompts on 4 of 5 work days.',
        'Given a task list, {{student}} will check off each step when it is done on 4 of 5 work days.',
      ],
    },
    es: {
      title: 'Seguir una tarea de trabajo de varios pasos',
      baseline:
        'En un trabajo dentro de la escuela (como clasificar el correo o acomodar materiales), {{student}} hace {{baseline_steps}} de los 6 pasos en orden antes de preguntarle a un adulto qué sigue.',
      condition: 'Con una lista de pasos, escrita o en dibujos, para un trabajo relacionado con {{interest}}',
      behavior: 'hace el trabajo de principio a fin en el orden correcto y le avisa al supervisor cuando termina',
      criterion: 'haciendo todos los pasos en orden con no más de 1 indicación en 4 de 5 días de trabajo',
      timeframe: BY_ANNUAL_REVIEW.es,
      measurement:
        'Hoja de registro paso por paso que lleva el instructor laboral o el maestro y que revisa el terapeuta ocupacional',
      reporting: EACH_GRADING_PERIOD.es,
      objectives: [
        'Con una lista de pasos, {{student}} hará en orden los 3 primeros pasos del trabajo con no más de 2 indicaciones en 4 de 5 días de trabajo.',
        'Con una lista de pasos, {{student}} marcará cada paso al terminarlo en 4 de 5 días de trabajo.',
      ],
    },
  },
  {
    id: 'tr-simple-meal',
    area: 'transition',
    keywords: {
      en: ['cooking', 'meal', 'kitchen', 'microwave', 'independent living', 'recipe'],
      es: ['cocinar', 'comida', 'cocina', 'microondas', 'vida independiente', 'receta'],
    },
    en: {
      title: 'Making a simple meal or snack',
      baseline:
        'In the school kitchen, {{student}} does {{baseline_steps}} of the 8 steps to make a sandwich or a microwave meal, with adult help for cutting and using appliances.',
      condition: 'Given a picture recipe, adapted kitchen tools as needed and an adult nearby for safety',
      behavior: 'gathers the items, makes a simple meal and cleans the work area',
      criterion: 'doing at least 7 of the 8 steps safely and without help in 4 of 5 sessions',
      timeframe: BY_ANNUAL_REVIEW.en,
      measurement: 'Cooking step checklist filled in by the OT or the life skills teacher',
      reporting: EACH_GRADING_PERIOD.en,
      objectives: [
        'Given a picture recipe, {{student}} will gather everything needed before starting in 4 of 5 sessions.',
        'Given adapted tools, {{student}} will use the microwave safely (set the time, start it and take the food out with an oven mitt) in 4 of 5 sessions.',
      ],
    },
    es: {
      title: 'Preparar una comida o un refrigerio sencillo',
      baseline:
        'En la cocina de la escuela, {{student}} hace {{baseline_steps}} de los 8 pasos para preparar un sándwich o una comida de microondas, con ayuda de un adulto para cortar y usar los aparatos.',
      condition:
        'Con una receta en dibujos, utensilios de cocina adaptados si hacen falta y un adulto cerca por seguridad',
      behavior: 'reúne lo necesario, prepara una comida sencilla y limpia el área de trabajo',
      criterion: 'haciendo al menos 7 de los 8 pasos con seguridad y sin ayuda en 4 de 5 sesiones',
      timeframe: BY_ANNUAL_REVIEW.es,
      measurement:
        'Lista de cotejo de los pasos de cocina, que llena el terapeuta ocupacional o el maestro de habilidades para la vida',
      reporting: EACH_GRADING_PERIOD.es,
      objectives: [
        'Con una receta en dibujos, {{student}} reunirá todo lo necesario antes de empezar en 4 de 5 sesiones.',
        'Con utensilios adaptados, {{student}} usará el microondas con seguridad (poner el tiempo, encenderlo y sacar la comida con un guante de cocina) en 4 de 5 sesiones.',
      ],
    },
  },
  {
    id: 'tr-store-purchase',
    area: 'transition',
    keywords: {
      en: ['money', 'shopping', 'store', 'purchase', 'community', 'independent living'],
      es: ['dinero', 'compras', 'tienda', 'comprar', 'comunidad', 'vida independiente'],
    },
    en: {
      title: 'Making a purchase in the community',
      baseline:
        '{{student}} chooses an item in a store but needs an adult to hand over the money and count the change, and does {{baseline_steps}} of the 6 purchase steps alone.',
      condition:
        'On a community outing or at the school store, given a shopping list and a “next dollar” strategy card',
      behavior: 'finds the item, pays with cash or a card, waits for the change or receipt, and puts it away',
      criterion: 'doing all 6 steps with no more than 1 prompt in 4 of 5 purchases',
      timeframe: WITHIN_36_WEEKS.en,
      measurement: 'Community outing data sheet kept by the teacher and the OT',
      reporting: EVERY_9_WEEKS.en,
      objectives: [
        'Given a price of up to $10, {{student}} will hand over enough money using the “next dollar” strategy in 4 of 5 trials.',
        'Given a shopping list, {{student}} will find 3 items in the store with no more than 1 prompt on 4 of 5 outings.',
      ],
    },
    es: {
      title: 'Hacer una compra en la comunidad',
      baseline:
        '{{student}} escoge un artículo en la tienda, pero necesita que un adulto entregue el dinero y cuente el cambio, y hace sin ayuda {{baseline_steps}} de los 6 pasos de una compra.',
      condition:
        'En una salida a la comunidad o en la tiendita de la escuela, con una lista de compras y una tarjeta con la estrategia del “dólar siguiente”',
      behavior: 'encuentra el artículo, paga en efectivo o con tarjeta, espera el cambio o el recibo, y lo guarda',
      criterion: 'haciendo los 6 pasos con no más de 1 indicación en 4 de 5 compras',
      timeframe: WITHIN_36_WEEKS.es,
      measurement: 'Hoja de registro de las salidas a la comunidad, que llevan el maestro y el terapeuta ocupacional',
      reporting: EVERY_9_WEEKS.es,
      objectives: [
        'Con un precio de hasta $10, {{student}} entregará suficiente dinero usando la estrategia del “dólar siguiente” en 4 de 5 intentos.',
        'Con una lista de compras, {{student}} encontrará 3 artículos en la tienda con no más de 1 indicación en 4 de 5 salidas.',
      ],
    },
  },
  {
    id: 'tr-daily-schedule',
    area: 'transition',
    keywords: {
      en: ['schedule', 'calendar', 'time management', 'reminders', 'phone', 'appointments'],
      es: ['horario', 'calendario', 'manejo del tiempo', 'recordatorios', 'celular', 'citas'],
    },
    en: {
      title: 'Managing a daily schedule',
      baseline:
        '{{student}} relies on adults to say when to change classes or leave for appointments, and checks a schedule on {{baseline_count}} of 10 observed occasions.',
      condition: 'Given a phone or tablet calendar with reminders set up with the OT',
      behavior: 'checks the calendar, responds to reminders and arrives on time to classes or appointments',
      criterion: 'arriving no more than 5 minutes after the scheduled time for 9 of 10 events',
      timeframe: BY_ANNUAL_REVIEW.en,
      measurement: 'Log of arrival times kept by the teacher and the job coach',
      reporting: EACH_GRADING_PERIOD.en,
      objectives: [
        '{{student}} will add a new event with a reminder to the calendar without help in 4 of 5 trials.',
        'When a reminder goes off, {{student}} will stop the current activity and start getting ready within 2 minutes in 4 of 5 trials.',
      ],
    },
    es: {
      title: 'Organizar su horario diario',
      baseline:
        '{{student}} depende de que un adulto le diga cuándo cambiar de clase o salir a una cita, y revisa un horario en {{baseline_count}} de 10 ocasiones observadas.',
      condition:
        'Con un calendario en el celular o la tableta, con recordatorios configurados junto con el terapeuta ocupacional',
      behavior: 'revisa el calendario, responde a los recordatorios y llega a tiempo a sus clases o citas',
      criterion: 'llegando no más de 5 minutos después de la hora programada en 9 de 10 eventos',
      timeframe: BY_ANNUAL_REVIEW.es,
      measurement: 'Registro de horas de llegada que llevan el maestro y el instructor laboral',
      reporting: EACH_GRADING_PERIOD.es,
      objectives: [
        '{{student}} agregará al calendario un evento nuevo con recordatorio sin ayuda en 4 de 5 intentos.',
        'Cuando suene un recordatorio, {{student}} dejará lo que está haciendo y empezará a prepararse en 2 minutos o menos en 4 de 5 intentos.',
      ],
    },
  },
  {
    id: 'tr-fill-out-form',
    area: 'transition',
    keywords: {
      en: ['job application', 'forms', 'personal information', 'online form', 'employment'],
      es: ['solicitud de empleo', 'formularios', 'datos personales', 'formulario en línea', 'empleo'],
    },
    en: {
      title: 'Filling out a form for work or school',
      baseline:
        '{{student}} writes a name and the date on forms but needs help with about {{baseline_percent}}% of the other fields (address, phone, emergency contact, work history).',
      condition:
        'Given a personal information card and a paper or online form for a job or program related to {{interest}}',
      behavior: 'fills out the whole form legibly (or without typing errors, if online)',
      criterion: 'with at least 90% of the fields correct on 4 of 5 forms',
      timeframe: BY_ANNUAL_REVIEW.en,
      measurement: 'Completed forms reviewed by the transition teacher and the OT',
      reporting: EACH_GRADING_PERIOD.en,
      objectives: [
        'Given the personal information card, {{student}} will copy name, address and phone number correctly onto a form in 4 of 5 trials.',
        'Given an online form, {{student}} will move between fields with the mouse or the Tab key and submit the form in 4 of 5 trials.',
      ],
    },
    es: {
      title: 'Llenar un formulario de trabajo o de estudios',
      baseline:
        '{{student}} escribe su nombre y la fecha en los formularios, pero necesita ayuda con cerca del {{baseline_percent}}% de los demás datos (dirección, teléfono, contacto de emergencia, experiencia laboral).',
      condition:
        'Con una tarjeta con sus datos personales y un formulario, en papel o en línea, para un trabajo o programa relacionado con {{interest}}',
      behavior: 'llena todo el formulario con letra legible (o sin errores de escritura, si es en línea)',
      criterion: 'con al menos el 90% de los datos correctos en 4 de 5 formularios',
      timeframe: BY_ANNUAL_REVIEW.es,
      measurement: 'Formularios completos, revisados por el maestro de transición y el terapeuta ocupacional',
      reporting: EACH_GRADING_PERIOD.es,
      objectives: [
        'Con la tarjeta de datos personales, {{student}} copiará correctamente su nombre, dirección y teléfono en un formulario en 4 de 5 intentos.',
        'Con un formulario en línea, {{student}} pasará de un campo a otro con el ratón o la tecla Tab y enviará el formulario en 4 de 5 intentos.',
      ],
    },
  },
];
