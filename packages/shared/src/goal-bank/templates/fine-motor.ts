import type { GoalTemplate } from '../goal-bank';
import { BY_ANNUAL_REVIEW, EACH_GRADING_PERIOD, EVERY_9_WEEKS, WITHIN_36_WEEKS } from './common';

export const FINE_MOTOR_TEMPLATES: GoalTemplate[] = [
  {
    id: 'fm-pencil-grasp',
    area: 'fine_motor',
    keywords: {
      en: ['pencil', 'grasp', 'grip', 'handwriting', 'writing', 'tripod'],
      es: ['lápiz', 'agarre', 'escritura', 'escribir', 'adaptador', 'trípode'],
    },
    en: {
      title: 'Functional pencil grasp during writing',
      baseline:
        '{{student}} holds the pencil in a fisted grasp and often switches hands; a functional grasp lasts about {{baseline_minutes}} minutes before the hand tires.',
      condition: 'Given an adapted pencil grip and no more than 1 verbal reminder',
      behavior: 'holds the pencil with a functional three- or four-finger grasp while completing a written assignment',
      criterion: 'for at least 10 minutes in a row in 4 of 5 observed writing tasks',
      timeframe: BY_ANNUAL_REVIEW.en,
      measurement: 'Observation by the OT and the teacher, recorded on an OT grasp checklist',
      reporting: EACH_GRADING_PERIOD.en,
      objectives: [
        'By the end of the first grading period, given an adapted pencil grip and hand-over-hand help to place the fingers, {{student}} will keep a functional grasp for 3 minutes in 4 of 5 writing tasks.',
        'By the end of the second grading period, given an adapted pencil grip and up to 2 verbal reminders, {{student}} will keep a functional grasp for 6 minutes in 4 of 5 writing tasks.',
      ],
    },
    es: {
      title: 'Agarre funcional del lápiz al escribir',
      baseline:
        '{{student}} sostiene el lápiz con el puño cerrado y cambia de mano con frecuencia; mantiene un agarre funcional unos {{baseline_minutes}} minutos antes de que se le canse la mano.',
      condition: 'Con un adaptador para lápiz y no más de 1 recordatorio verbal',
      behavior: 'sostiene el lápiz con un agarre funcional de tres o cuatro dedos mientras hace una tarea escrita',
      criterion: 'durante al menos 10 minutos seguidos en 4 de 5 tareas de escritura observadas',
      timeframe: BY_ANNUAL_REVIEW.es,
      measurement: 'Observación del terapeuta ocupacional y del maestro, anotada en una lista de cotejo del agarre',
      reporting: EACH_GRADING_PERIOD.es,
      objectives: [
        'Al final del primer periodo de calificaciones, con un adaptador para lápiz y ayuda mano sobre mano para acomodar los dedos, {{student}} mantendrá un agarre funcional durante 3 minutos en 4 de 5 tareas de escritura.',
        'Al final del segundo periodo de calificaciones, con un adaptador para lápiz y hasta 2 recordatorios verbales, {{student}} mantendrá un agarre funcional durante 6 minutos en 4 de 5 tareas de escritura.',
      ],
    },
  },
  {
    id: 'fm-copy-sentence',
    area: 'fine_motor',
    keywords: {
      en: ['handwriting', 'copying', 'legibility', 'letters', 'spacing', 'slant board', 'sentence'],
      es: ['escritura', 'letra', 'copiar', 'legible', 'legibilidad', 'espacios', 'tabla inclinada', 'oración'],
    },
    en: {
      title: 'Copying a sentence legibly',
      baseline:
        'When copying from a model on the desk, {{student}} writes {{baseline_words}} words in 5 minutes; an adult who does not know the handwriting can read about {{baseline_percent}}% of the letters.',
      condition: 'Given a printed model on the desk, a slant board and paper with highlighted lines',
      behavior: 'copies a 5-word sentence with letters sized to the lines and spaces between words',
      criterion: 'with at least 90% of letters legible in 4 of 5 trials',
      timeframe: WITHIN_36_WEEKS.en,
      measurement: 'Dated handwriting samples scored with the OT legibility rubric',
      reporting: EVERY_9_WEEKS.en,
      objectives: [
        'Given a printed model and highlighted-line paper, {{student}} will copy a 3-word phrase with 75% of letters legible in 4 of 5 trials.',
        'Given a printed model and a slant board, {{student}} will leave a finger-width space between words in 4 of 5 copied sentences.',
        'Given a printed model, {{student}} will copy a 5-word sentence with 85% of letters sitting on the line in 3 of 5 trials.',
      ],
    },
    es: {
      title: 'Copiar una oración con letra legible',
      baseline:
        'Al copiar de un modelo sobre el pupitre, {{student}} escribe {{baseline_words}} palabras en 5 minutos; un adulto que no conoce su letra puede leer cerca del {{baseline_percent}}% de las letras.',
      condition: 'Con un modelo impreso sobre el pupitre, una tabla inclinada y hojas con los renglones resaltados',
      behavior: 'copia una oración de 5 palabras con letras del tamaño del renglón y espacios entre las palabras',
      criterion: 'con al menos el 90% de las letras legibles en 4 de 5 intentos',
      timeframe: WITHIN_36_WEEKS.es,
      measurement: 'Muestras de escritura con fecha, calificadas con la rúbrica de legibilidad de terapia ocupacional',
      reporting: EVERY_9_WEEKS.es,
      objectives: [
        'Con un modelo impreso y hojas con renglones resaltados, {{student}} copiará una frase de 3 palabras con el 75% de las letras legibles en 4 de 5 intentos.',
        'Con un modelo impreso y una tabla inclinada, {{student}} dejará un espacio del ancho de un dedo entre las palabras en 4 de 5 oraciones copiadas.',
        'Con un modelo impreso, {{student}} copiará una oración de 5 palabras con el 85% de las letras apoyadas sobre el renglón en 3 de 5 intentos.',
      ],
    },
  },
  {
    id: 'fm-scissor-cutting',
    area: 'fine_motor',
    keywords: {
      en: ['scissors', 'cutting', 'cut', 'shapes', 'bilateral'],
      es: ['tijeras', 'recortar', 'cortar', 'figuras', 'bilateral'],
    },
    en: {
      title: 'Cutting along a line with scissors',
      baseline:
        '{{student}} snips the edge of the paper but stays on a straight line in only {{baseline_trials}} of 5 trials.',
      condition: 'Given {{tool}} (for example, self-opening scissors) and a thick line to follow',
      behavior: 'cuts out a simple shape while turning the paper with the helper hand',
      criterion: 'staying within 1/4 inch of the line for at least 80% of the outline in 4 of 5 trials',
      timeframe: BY_ANNUAL_REVIEW.en,
      measurement: 'Cut-out work samples, measured against the line and kept in the OT folder',
      reporting: EACH_GRADING_PERIOD.en,
      objectives: [
        'Given {{tool}}, {{student}} will cut a 6-inch straight line, staying within 1/4 inch of it, in 4 of 5 trials.',
        'Given {{tool}}, {{student}} will cut out a large circle, turning the paper with the helper hand and staying within 1/2 inch of the line, in 3 of 5 trials.',
      ],
    },
    es: {
      title: 'Recortar siguiendo una línea con tijeras',
      baseline:
        '{{student}} hace cortes pequeños en el borde del papel, pero solo se mantiene sobre una línea recta en {{baseline_trials}} de 5 intentos.',
      condition: 'Con {{tool}} (por ejemplo, tijeras adaptadas que se abren solas) y una línea gruesa para seguir',
      behavior: 'recorta una figura sencilla mientras gira el papel con la mano de apoyo',
      criterion: 'sin alejarse más de 1/4 de pulgada de la línea en al menos el 80% del contorno, en 4 de 5 intentos',
      timeframe: BY_ANNUAL_REVIEW.es,
      measurement:
        'Muestras de recortes, medidas con respecto a la línea y guardadas en la carpeta de terapia ocupacional',
      reporting: EACH_GRADING_PERIOD.es,
      objectives: [
        'Con {{tool}}, {{student}} recortará una línea recta de 6 pulgadas sin alejarse más de 1/4 de pulgada de ella en 4 de 5 intentos.',
        'Con {{tool}}, {{student}} recortará un círculo grande, girando el papel con la mano de apoyo y sin alejarse más de 1/2 pulgada de la línea, en 3 de 5 intentos.',
      ],
    },
  },
  {
    id: 'fm-keyboarding',
    area: 'fine_motor',
    keywords: {
      en: ['keyboard', 'keyboarding', 'typing', 'computer', 'tablet', 'assistive technology'],
      es: ['teclado', 'mecanografía', 'escribir a máquina', 'computadora', 'tableta', 'tecnología de asistencia'],
    },
    en: {
      title: 'Keyboarding for written work',
      baseline:
        '{{student}} types with 1 finger, searching for each key, at about {{baseline_count}} correct words per minute.',
      condition: 'Given a school computer or tablet with a keyboard and a typing practice program',
      behavior: 'types a short response using both hands on the home row',
      criterion: 'at 10 correct words per minute with at least 85% accuracy across 3 sessions in a row',
      timeframe: BY_ANNUAL_REVIEW.en,
      measurement: 'Typing program reports and timed OT checks',
      reporting: EACH_GRADING_PERIOD.en,
      objectives: [
        '{{student}} will place both hands on the home row without a reminder at the start of 4 of 5 typing sessions.',
        '{{student}} will type 5 correct words per minute with 80% accuracy across 3 sessions in a row.',
      ],
    },
    es: {
      title: 'Uso del teclado para los trabajos escritos',
      baseline:
        '{{student}} escribe con 1 solo dedo, buscando cada tecla, a unas {{baseline_count}} palabras correctas por minuto.',
      condition: 'Con una computadora o tableta de la escuela con teclado y un programa para practicar mecanografía',
      behavior: 'escribe en el teclado una respuesta corta con las dos manos colocadas en la fila guía',
      criterion: 'a 10 palabras correctas por minuto con al menos un 85% de precisión en 3 sesiones seguidas',
      timeframe: BY_ANNUAL_REVIEW.es,
      measurement: 'Informes del programa de mecanografía y pruebas cronometradas de terapia ocupacional',
      reporting: EACH_GRADING_PERIOD.es,
      objectives: [
        '{{student}} colocará las dos manos en la fila guía sin que se lo recuerden al empezar 4 de 5 sesiones de teclado.',
        '{{student}} escribirá 5 palabras correctas por minuto con un 80% de precisión en 3 sesiones seguidas.',
      ],
    },
  },
  {
    id: 'fm-in-hand-manipulation',
    area: 'fine_motor',
    keywords: {
      en: ['small objects', 'coins', 'pinch', 'fingers', 'manipulation', 'dexterity'],
      es: ['objetos pequeños', 'monedas', 'pinza', 'dedos', 'manipulación', 'destreza'],
    },
    en: {
      title: 'Handling small classroom materials',
      baseline:
        '{{student}} rakes small items toward the palm with the whole hand and drops about {{baseline_count}} of 10 items when moving them one at a time.',
      condition: 'During a table activity with small items such as coins, beads or math counters',
      behavior:
        'picks up small items one at a time with the thumb and fingertips and moves each from the palm to the fingertips to place it',
      criterion: 'placing 10 items in 60 seconds or less, with no more than 1 drop, in 4 of 5 trials',
      timeframe: WITHIN_36_WEEKS.en,
      measurement: 'Timed OT checks recorded on a data sheet',
      reporting: EVERY_9_WEEKS.en,
      objectives: [
        '{{student}} will pick up 10 small items with a fingertip pinch and drop them in a container within 90 seconds in 4 of 5 trials.',
        '{{student}} will hold 3 coins in the palm and move them one at a time to the fingertips to put them in a slot in 3 of 5 trials.',
      ],
    },
    es: {
      title: 'Manejo de materiales pequeños del salón',
      baseline:
        '{{student}} arrastra los objetos pequeños hacia la palma con toda la mano y se le caen unos {{baseline_count}} de 10 cuando los pasa uno por uno.',
      condition: 'Durante una actividad de mesa con objetos pequeños, como monedas, cuentas o fichas de matemáticas',
      behavior:
        'toma objetos pequeños uno por uno con la punta del pulgar y de los dedos, y pasa cada uno de la palma a la punta de los dedos para colocarlo',
      criterion: 'colocando 10 objetos en 60 segundos o menos, sin que se le caiga más de 1, en 4 de 5 intentos',
      timeframe: WITHIN_36_WEEKS.es,
      measurement: 'Pruebas cronometradas de terapia ocupacional, anotadas en una hoja de registro',
      reporting: EVERY_9_WEEKS.es,
      objectives: [
        '{{student}} tomará 10 objetos pequeños con una pinza de la punta de los dedos y los echará en un recipiente en 90 segundos o menos en 4 de 5 intentos.',
        '{{student}} sostendrá 3 monedas en la palma y las pasará una por una a la punta de los dedos para meterlas en una ranura en 3 de 5 intentos.',
      ],
    },
  },
];
