import type { GoalTemplate } from '../goal-bank';
import { BY_ANNUAL_REVIEW, EACH_GRADING_PERIOD, EVERY_9_WEEKS, WITHIN_36_WEEKS } from './common';

export const SELF_CARE_TEMPLATES: GoalTemplate[] = [
  {
    id: 'sc-buttons-zipper',
    area: 'self_care',
    keywords: {
      en: ['buttons', 'buttoning', 'zipper', 'coat', 'dressing', 'fasteners'],
      es: ['botones', 'abotonar', 'abrochar', 'cierre', 'abrigo', 'vestirse'],
    },
    en: {
      title: 'Buttons and zipper on a coat',
      baseline:
        '{{student}} zips a coat once an adult hooks the zipper, and fastens {{baseline_count}} of 4 large buttons without help.',
      condition: 'Given a personal coat or sweater and a picture card of the steps at the cubby',
      behavior: 'puts on the coat, hooks and closes the zipper, and fastens the buttons before going outside',
      criterion: 'without help, in 3 minutes or less, on 4 of 5 school days',
      timeframe: BY_ANNUAL_REVIEW.en,
      measurement: 'Daily checklist kept by classroom staff and reviewed by the OT',
      reporting: EACH_GRADING_PERIOD.en,
      objectives: [
        '{{student}} will fasten 4 large buttons on a practice board in 2 minutes or less in 4 of 5 trials.',
        '{{student}} will hook and start the coat zipper with no more than 1 verbal cue on 4 of 5 school days.',
      ],
    },
    es: {
      title: 'Botones y cierre del abrigo',
      baseline:
        '{{student}} sube el cierre del abrigo cuando un adulto se lo engancha, y abrocha sin ayuda {{baseline_count}} de 4 botones grandes.',
      condition: 'Con su propio abrigo o suéter y una tarjeta con los pasos en dibujos junto a su casillero',
      behavior: 'se pone el abrigo, engancha y sube el cierre, y abrocha los botones antes de salir',
      criterion: 'sin ayuda, en 3 minutos o menos, en 4 de 5 días de clase',
      timeframe: BY_ANNUAL_REVIEW.es,
      measurement: 'Lista de cotejo diaria que lleva el personal del salón y que revisa el terapeuta ocupacional',
      reporting: EACH_GRADING_PERIOD.es,
      objectives: [
        '{{student}} abrochará 4 botones grandes en un tablero de práctica en 2 minutos o menos en 4 de 5 intentos.',
        '{{student}} enganchará el cierre del abrigo y lo empezará a subir con no más de 1 indicación verbal en 4 de 5 días de clase.',
      ],
    },
  },
  {
    id: 'sc-shoe-tying',
    area: 'self_care',
    keywords: {
      en: ['shoes', 'shoelaces', 'laces', 'tying', 'lacing', 'bow'],
      es: ['zapatos', 'cordones', 'agujetas', 'atarse', 'amarrarse', 'lazo', 'moño'],
    },
    en: {
      title: 'Tying shoelaces',
      baseline:
        '{{student}} crosses the laces and pulls the first knot tight, then needs an adult to finish the bow; {{student}} does {{baseline_steps}} of the 6 steps alone.',
      condition: 'Given shoes with two-colored laces and a picture sequence of the steps',
      behavior: 'ties the shoelaces in a double-knotted bow that stays tied',
      criterion: 'doing all 6 steps without help in 4 of 5 opportunities',
      timeframe: WITHIN_36_WEEKS.en,
      measurement: 'Step-by-step data sheet (6 steps) filled in by the OT and classroom staff',
      reporting: EVERY_9_WEEKS.en,
      objectives: [
        'Given two-colored laces, {{student}} will make 2 loops ("bunny ears") and cross them in 4 of 5 opportunities.',
        'Given two-colored laces and a picture sequence, {{student}} will do 4 of the 6 tying steps without help in 4 of 5 opportunities.',
      ],
    },
    es: {
      title: 'Atarse los cordones de los zapatos',
      baseline:
        '{{student}} cruza los cordones y aprieta el primer nudo, pero necesita que un adulto le termine el lazo; {{student}} hace sin ayuda {{baseline_steps}} de los 6 pasos.',
      condition: 'Con zapatos con cordones de dos colores y una secuencia de dibujos con los pasos',
      behavior: 'se ata los cordones con un lazo de doble nudo que no se deshace',
      criterion: 'haciendo los 6 pasos sin ayuda en 4 de 5 oportunidades',
      timeframe: WITHIN_36_WEEKS.es,
      measurement:
        'Hoja de registro paso por paso (6 pasos), que llenan el terapeuta ocupacional y el personal del salón',
      reporting: EVERY_9_WEEKS.es,
      objectives: [
        'Con cordones de dos colores, {{student}} hará 2 lazadas ("orejitas de conejo") y las cruzará en 4 de 5 oportunidades.',
        'Con cordones de dos colores y una secuencia de dibujos, {{student}} hará sin ayuda 4 de los 6 pasos para atarse los zapatos en 4 de 5 oportunidades.',
      ],
    },
  },
  {
    id: 'sc-lunch-containers',
    area: 'self_care',
    keywords: {
      en: ['milk carton', 'containers', 'packages', 'lunch', 'opening', 'cafeteria'],
      es: ['cartón de leche', 'envases', 'paquetes', 'almuerzo', 'abrir', 'cafetería'],
    },
    en: {
      title: 'Opening lunch containers',
      baseline:
        'At lunch, {{student}} asks an adult to open the milk carton and most packages, and opens {{baseline_count}} of 5 common containers alone.',
      condition:
        'In the cafeteria, with the usual lunch items (milk carton, yogurt cup, chip bag, thermos, plastic container)',
      behavior: 'opens each lunch container without spilling',
      criterion: 'opening at least 4 of 5 containers without help on 4 of 5 observed lunch periods',
      timeframe: BY_ANNUAL_REVIEW.en,
      measurement: 'Lunchroom observation checklist filled in by the OT or cafeteria staff',
      reporting: EACH_GRADING_PERIOD.en,
      objectives: [
        'In a practice session, {{student}} will open a milk carton and pull out the spout without spilling in 4 of 5 trials.',
        'In the cafeteria, {{student}} will open a chip bag and a yogurt cup with no more than 1 cue on 4 of 5 observed days.',
      ],
    },
    es: {
      title: 'Abrir los envases del almuerzo',
      baseline:
        'En el almuerzo, {{student}} le pide a un adulto que le abra el cartón de leche y casi todos los paquetes, y abre sin ayuda {{baseline_count}} de 5 envases comunes.',
      condition:
        'En la cafetería, con lo que suele tener en el almuerzo (cartón de leche, vasito de yogur, bolsita de papitas, termo, recipiente de plástico)',
      behavior: 'abre cada envase del almuerzo sin derramar',
      criterion: 'abriendo sin ayuda al menos 4 de 5 envases en 4 de 5 almuerzos observados',
      timeframe: BY_ANNUAL_REVIEW.es,
      measurement:
        'Lista de cotejo de observación en la cafetería, que llena el terapeuta ocupacional o el personal de la cafetería',
      reporting: EACH_GRADING_PERIOD.es,
      objectives: [
        'En una sesión de práctica, {{student}} abrirá un cartón de leche y sacará el pico sin derramar en 4 de 5 intentos.',
        'En la cafetería, {{student}} abrirá una bolsita de papitas y un vasito de yogur con no más de 1 indicación en 4 de 5 días observados.',
      ],
    },
  },
  {
    id: 'sc-backpack-routine',
    area: 'self_care',
    keywords: {
      en: ['backpack', 'organizing', 'arrival', 'dismissal', 'routine', 'belongings'],
      es: ['mochila', 'organizar', 'llegada', 'salida', 'rutina', 'pertenencias'],
    },
    en: {
      title: 'Backpack routine at arrival and dismissal',
      baseline:
        '{{student}} needs an adult to name each step to unpack and hang up the backpack, and does {{baseline_steps}} of the 5 routine steps alone.',
      condition: 'Given a picture checklist taped inside the backpack and at the cubby',
      behavior: 'unpacks the folder and lunch, hangs up the backpack and coat, and packs up at the end of the day',
      criterion: 'doing all 5 steps with no more than 1 adult reminder on 4 of 5 days',
      timeframe: BY_ANNUAL_REVIEW.en,
      measurement: 'Daily routine checklist kept by the teacher and reviewed by the OT every 2 weeks',
      reporting: EACH_GRADING_PERIOD.en,
      objectives: [
        'Given the picture checklist, {{student}} will do the 3 morning unpacking steps with no more than 2 reminders on 4 of 5 days.',
        'Given the picture checklist, {{student}} will pack the take-home folder, lunch box and coat with no more than 2 reminders on 4 of 5 days.',
      ],
    },
    es: {
      title: 'Rutina de la mochila al llegar y al salir',
      baseline:
        '{{student}} necesita que un adulto le diga cada paso para sacar sus cosas y colgar la mochila, y hace sin ayuda {{baseline_steps}} de los 5 pasos de la rutina.',
      condition: 'Con una lista de pasos en dibujos pegada dentro de la mochila y en su casillero',
      behavior: 'saca la carpeta y el almuerzo, cuelga la mochila y el abrigo, y guarda todo al final del día',
      criterion: 'haciendo los 5 pasos con no más de 1 recordatorio de un adulto en 4 de 5 días',
      timeframe: BY_ANNUAL_REVIEW.es,
      measurement:
        'Lista de cotejo diaria de la rutina, que lleva el maestro y que el terapeuta ocupacional revisa cada 2 semanas',
      reporting: EACH_GRADING_PERIOD.es,
      objectives: [
        'Con la lista de pasos en dibujos, {{student}} hará los 3 pasos de la mañana para sacar sus cosas con no más de 2 recordatorios en 4 de 5 días.',
        'Con la lista de pasos en dibujos, {{student}} guardará la carpeta para la casa, la lonchera y el abrigo con no más de 2 recordatorios en 4 de 5 días.',
      ],
    },
  },
  {
    id: 'sc-restroom-clothing',
    area: 'self_care',
    keywords: {
      en: ['restroom', 'bathroom', 'toileting', 'clothing', 'pants', 'dressing'],
      es: ['baño', 'ir al baño', 'ropa', 'pantalón', 'vestirse'],
    },
    en: {
      title: 'Managing clothing in the restroom',
      baseline:
        '{{student}} pulls pants down alone but needs an adult to help pull them up and fasten them about {{baseline_percent}}% of the time.',
      condition: 'In the school restroom, in usual school clothing, with a picture reminder posted by the door',
      behavior: 'pulls clothing down and back up, fastens it, and checks that the shirt is straight before leaving',
      criterion: 'without physical help from an adult in 9 of 10 restroom visits',
      timeframe: WITHIN_36_WEEKS.en,
      measurement: 'Restroom routine data sheet kept by assigned staff, with care for the student’s privacy',
      reporting: EVERY_9_WEEKS.en,
      objectives: [
        '{{student}} will pull pants all the way up from the knees to the waist without physical help in 8 of 10 restroom visits.',
        '{{student}} will fasten a snap or button at the waist in 1 minute or less in 4 of 5 practice trials.',
      ],
    },
    es: {
      title: 'Manejo de la ropa en el baño',
      baseline:
        '{{student}} se baja el pantalón sin ayuda, pero necesita que un adulto le ayude a subirlo y abrocharlo cerca del {{baseline_percent}}% de las veces.',
      condition: 'En el baño de la escuela, con su ropa de siempre y un recordatorio con dibujos junto a la puerta',
      behavior: 'se baja y se sube la ropa, se la abrocha y revisa que la camisa quede bien puesta antes de salir',
      criterion: 'sin ayuda física de un adulto en 9 de 10 visitas al baño',
      timeframe: WITHIN_36_WEEKS.es,
      measurement:
        'Hoja de registro de la rutina del baño, que lleva el personal asignado cuidando la privacidad del estudiante',
      reporting: EVERY_9_WEEKS.es,
      objectives: [
        '{{student}} se subirá el pantalón por completo, de las rodillas a la cintura, sin ayuda física en 8 de 10 visitas al baño.',
        '{{student}} se abrochará un broche o botón de la cintura en 1 minuto o menos en 4 de 5 intentos de práctica.',
      ],
    },
  },
];
