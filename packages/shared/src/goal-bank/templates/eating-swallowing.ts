import type { GoalTemplate } from '../goal-bank';
import { BY_ANNUAL_REVIEW, EACH_GRADING_PERIOD, EVERY_9_WEEKS, WITHIN_36_WEEKS } from './common';

/**
 * Eating and swallowing goals follow the student's feeding plan; where there is dysphagia the OT works
 * with the speech-language pathologist, the school nurse and the family, and the plan sets textures.
 */
export const EATING_SWALLOWING_TEMPLATES: GoalTemplate[] = [
  {
    id: 'eat-utensils',
    area: 'eating_swallowing',
    keywords: {
      en: ['spoon', 'fork', 'utensils', 'self-feeding', 'lunch', 'eating'],
      es: ['cuchara', 'tenedor', 'cubiertos', 'comer solo', 'almuerzo', 'comer'],
    },
    en: {
      title: 'Using a spoon and fork',
      baseline:
        '{{student}} eats mostly with the fingers; with a spoon, {{student}} gets food to the mouth without spilling in {{baseline_count}} of 10 scoops.',
      condition: 'At lunch, given a spoon and fork with thick handles and a bowl with a high edge',
      behavior: 'scoops or spears food and brings it to the mouth',
      criterion: 'without spilling in 8 of 10 bites, over 3 lunches in a row',
      timeframe: BY_ANNUAL_REVIEW.en,
      measurement: 'Mealtime data sheet kept by the OT and lunch staff',
      reporting: EACH_GRADING_PERIOD.en,
      objectives: [
        'Given a thick-handled spoon and a high-edged bowl, {{student}} will scoop a thick food (such as yogurt) and bring it to the mouth without spilling in 6 of 10 bites.',
        'Given a thick-handled fork, {{student}} will spear soft pieces of food in 6 of 10 tries.',
      ],
    },
    es: {
      title: 'Usar la cuchara y el tenedor',
      baseline:
        '{{student}} come casi siempre con los dedos; con una cuchara, se lleva la comida a la boca sin tirarla en {{baseline_count}} de 10 cucharadas.',
      condition: 'En el almuerzo, con una cuchara y un tenedor de mango grueso y un tazón de borde alto',
      behavior: 'toma la comida con la cuchara o la pincha con el tenedor y se la lleva a la boca',
      criterion: 'sin tirarla en 8 de 10 bocados, en 3 almuerzos seguidos',
      timeframe: BY_ANNUAL_REVIEW.es,
      measurement:
        'Hoja de registro de la hora de comer, que llevan el terapeuta ocupacional y el personal del comedor',
      reporting: EACH_GRADING_PERIOD.es,
      objectives: [
        'Con una cuchara de mango grueso y un tazón de borde alto, {{student}} tomará una comida espesa (como yogur) y se la llevará a la boca sin tirarla en 6 de 10 bocados.',
        'Con un tenedor de mango grueso, {{student}} pinchará trocitos de comida blanda en 6 de 10 intentos.',
      ],
    },
  },
  {
    id: 'eat-open-cup',
    area: 'eating_swallowing',
    keywords: {
      en: ['cup', 'drinking', 'open cup', 'sips', 'liquids', 'swallowing'],
      es: ['vaso', 'beber', 'tomar', 'vaso abierto', 'sorbos', 'líquidos', 'tragar'],
    },
    en: {
      title: 'Drinking from an open cup',
      baseline:
        '{{student}} drinks from a sippy cup or a straw; with an open cup, liquid spills or {{student}} coughs in {{baseline_count}} of 10 sips.',
      condition: 'Given a small open cup filled halfway with a liquid of the thickness set in the feeding plan',
      behavior: 'lifts the cup, takes a small sip and puts the cup back down',
      criterion: 'without spilling or coughing in 8 of 10 sips, over 3 sessions in a row',
      timeframe: WITHIN_36_WEEKS.en,
      measurement:
        'Feeding data sheet; any coughing or choking is reported to the school nurse and the family the same day',
      reporting: EVERY_9_WEEKS.en,
      objectives: [
        'Given a cut-out cup held with both hands, {{student}} will take 5 small sips without spilling in 4 of 5 sessions.',
        'Given a small open cup, {{student}} will put the cup down between sips in 8 of 10 sips.',
      ],
    },
    es: {
      title: 'Beber de un vaso abierto',
      baseline:
        '{{student}} toma de un vaso entrenador o con popote; con un vaso abierto, derrama el líquido o tose en {{baseline_count}} de 10 sorbos.',
      condition:
        'Con un vaso abierto pequeño, lleno hasta la mitad con un líquido del espesor que indica el plan de alimentación',
      behavior: 'levanta el vaso, toma un sorbo pequeño y vuelve a poner el vaso en la mesa',
      criterion: 'sin derramar ni toser en 8 de 10 sorbos, en 3 sesiones seguidas',
      timeframe: WITHIN_36_WEEKS.es,
      measurement:
        'Hoja de registro de alimentación; si hay tos o atragantamiento, se avisa a la enfermera escolar y a la familia el mismo día',
      reporting: EVERY_9_WEEKS.es,
      objectives: [
        'Con un vaso recortado, sostenido con las dos manos, {{student}} tomará 5 sorbos pequeños sin derramar en 4 de 5 sesiones.',
        'Con un vaso abierto pequeño, {{student}} pondrá el vaso en la mesa entre un sorbo y otro en 8 de 10 sorbos.',
      ],
    },
  },
  {
    id: 'eat-safe-pacing',
    area: 'eating_swallowing',
    keywords: {
      en: ['dysphagia', 'swallowing', 'bite size', 'chewing', 'pacing', 'choking'],
      es: ['disfagia', 'tragar', 'bocados', 'masticar', 'comer despacio', 'atragantarse'],
    },
    en: {
      title: 'Safe bite size and eating pace',
      baseline:
        '{{student}} takes large bites and eats quickly, finishing lunch in about {{baseline_minutes}} minutes, and has been seen coughing during meals.',
      condition:
        'Given food prepared as the feeding plan describes and a picture card that says “small bite, chew, swallow”',
      behavior: 'takes small bites, chews each bite well and swallows before taking the next one',
      criterion: 'in 8 of 10 observed bites, during 4 of 5 lunches',
      timeframe: BY_ANNUAL_REVIEW.en,
      measurement: 'Mealtime observation by the OT, together with the speech-language pathologist and the school nurse',
      reporting: EACH_GRADING_PERIOD.en,
      objectives: [
        'Given the picture card and an adult tapping on it, {{student}} will put the spoon or fork down between bites in 6 of 10 bites.',
        'Given the picture card, {{student}} will take bites no bigger than the tip of the thumb in 7 of 10 bites.',
      ],
    },
    es: {
      title: 'Bocados pequeños y un ritmo seguro al comer',
      baseline:
        '{{student}} da bocados grandes y come muy rápido, termina el almuerzo en unos {{baseline_minutes}} minutos, y se le ha visto toser durante las comidas.',
      condition:
        'Con la comida preparada como indica el plan de alimentación y una tarjeta con dibujos que dice “bocado pequeño, masticar, tragar”',
      behavior: 'da bocados pequeños, mastica bien cada uno y traga antes de dar el siguiente',
      criterion: 'en 8 de 10 bocados observados, en 4 de 5 almuerzos',
      timeframe: BY_ANNUAL_REVIEW.es,
      measurement:
        'Observación de la hora de comer por el terapeuta ocupacional, junto con el terapeuta del habla y lenguaje y la enfermera escolar',
      reporting: EACH_GRADING_PERIOD.es,
      objectives: [
        'Con la tarjeta y un adulto que le da un toquecito, {{student}} dejará la cuchara o el tenedor en la mesa entre bocados en 6 de 10 bocados.',
        'Con la tarjeta, {{student}} dará bocados no más grandes que la punta de su pulgar en 7 de 10 bocados.',
      ],
    },
  },
  {
    id: 'eat-new-textures',
    area: 'eating_swallowing',
    keywords: {
      en: ['new foods', 'textures', 'picky eating', 'food variety', 'gagging'],
      es: ['alimentos nuevos', 'texturas', 'come poco', 'variedad de alimentos', 'náuseas'],
    },
    en: {
      title: 'Trying foods with new textures',
      baseline:
        '{{student}} eats {{baseline_count}} foods, all smooth or crunchy; new textures make {{student}} gag or push the plate away.',
      condition:
        'Given a new food of a texture the feeding plan allows, on a separate small plate, next to a familiar food',
      behavior:
        'gets closer to the new food step by step (looks at it, touches it, smells it, licks it, takes a small bite)',
      criterion: 'taking a small bite of 3 different new foods, in 4 of 5 sessions',
      timeframe: WITHIN_36_WEEKS.en,
      measurement: 'Food exploration chart kept by the OT, with the family sharing what happens at home',
      reporting: EVERY_9_WEEKS.en,
      objectives: [
        '{{student}} will let a new food stay on the separate plate for the whole meal in 4 of 5 sessions.',
        '{{student}} will touch or smell a new food in 4 of 5 sessions.',
      ],
    },
    es: {
      title: 'Probar comidas con texturas nuevas',
      baseline:
        '{{student}} come {{baseline_count}} alimentos, todos suaves o crujientes; las texturas nuevas le dan náuseas a {{student}} o hacen que aparte el plato.',
      condition:
        'Con un alimento nuevo de una textura que permite el plan de alimentación, en un platito aparte y junto a una comida conocida',
      behavior:
        'se acerca al alimento nuevo paso a paso (lo mira, lo toca, lo huele, lo prueba con la lengua y le da una mordida pequeña)',
      criterion: 'dándole una mordida pequeña a 3 alimentos nuevos distintos, en 4 de 5 sesiones',
      timeframe: WITHIN_36_WEEKS.es,
      measurement:
        'Tabla de exploración de alimentos que lleva el terapeuta ocupacional; la familia comparte lo que pasa en casa',
      reporting: EVERY_9_WEEKS.es,
      objectives: [
        '{{student}} dejará que el alimento nuevo se quede en el platito aparte durante toda la comida en 4 de 5 sesiones.',
        '{{student}} tocará u olerá un alimento nuevo en 4 de 5 sesiones.',
      ],
    },
  },
  {
    id: 'eat-lunch-routine',
    area: 'eating_swallowing',
    keywords: {
      en: ['lunch', 'mealtime', 'cafeteria', 'timer', 'eating', 'routine'],
      es: ['almuerzo', 'hora de comer', 'cafetería', 'temporizador', 'comer', 'rutina'],
    },
    en: {
      title: 'Finishing lunch in the lunch period',
      baseline:
        '{{student}} eats about {{baseline_percent}}% of the lunch in the time given, getting up often or waiting for help to start.',
      condition: 'Given a seat away from the busiest table, a visual timer and containers opened as needed',
      behavior: 'sets out the meal, eats, and cleans up the place before the lunch period ends',
      criterion: 'eating at least 75% of the lunch within 25 minutes on 4 of 5 observed days',
      timeframe: BY_ANNUAL_REVIEW.en,
      measurement:
        'Lunch checklist (how much was eaten and how long it took) filled in by lunch staff and reviewed by the OT',
      reporting: EACH_GRADING_PERIOD.en,
      objectives: [
        'Given a visual timer, {{student}} will start eating within 3 minutes of sitting down on 4 of 5 observed days.',
        '{{student}} will throw away the trash and return the tray before the end-of-lunch signal on 4 of 5 observed days.',
      ],
    },
    es: {
      title: 'Terminar el almuerzo a tiempo',
      baseline:
        '{{student}} come cerca del {{baseline_percent}}% del almuerzo en el tiempo disponible, se levanta seguido o espera ayuda para empezar.',
      condition:
        'Con un asiento lejos de la mesa más concurrida, un temporizador visual y los envases abiertos cuando haga falta',
      behavior: 'prepara su lugar, come y deja limpio su lugar antes de que termine la hora del almuerzo',
      criterion: 'comiendo al menos el 75% del almuerzo en 25 minutos o menos, en 4 de 5 días observados',
      timeframe: BY_ANNUAL_REVIEW.es,
      measurement:
        'Lista de cotejo del almuerzo (cuánto comió y en cuánto tiempo), que llena el personal del comedor y revisa el terapeuta ocupacional',
      reporting: EACH_GRADING_PERIOD.es,
      objectives: [
        'Con un temporizador visual, {{student}} empezará a comer en 3 minutos o menos después de sentarse en 4 de 5 días observados.',
        '{{student}} tirará la basura y devolverá la bandeja antes de la señal de fin del almuerzo en 4 de 5 días observados.',
      ],
    },
  },
];
