import type { GoalTemplate } from '../goal-bank';
import { BY_ANNUAL_REVIEW, EACH_GRADING_PERIOD, EVERY_9_WEEKS, WITHIN_36_WEEKS } from './common';

export const VISUAL_PERCEPTION_TEMPLATES: GoalTemplate[] = [
  {
    id: 'vp-copy-shapes',
    area: 'visual_perception',
    keywords: {
      en: ['shapes', 'drawing', 'copying', 'visual-motor', 'triangle', 'diagonal lines'],
      es: ['figuras', 'dibujar', 'copiar', 'visomotora', 'triángulo', 'líneas diagonales'],
    },
    en: {
      title: 'Copying shapes and designs',
      baseline:
        '{{student}} copies a circle, a cross and a square, but diagonal lines, triangles and overlapping shapes are not yet recognizable ({{baseline_count}} of 10 shapes correct on the OT checklist).',
      condition: 'Given a drawn model and a sheet of unlined paper',
      behavior: 'copies shapes with diagonal lines (triangle, X, diamond) with closed corners and the right angles',
      criterion: 'with 8 of 10 shapes recognizable to an adult who has not seen the model, in 3 sessions in a row',
      timeframe: BY_ANNUAL_REVIEW.en,
      measurement: 'Work samples scored with the OT shape-copying checklist',
      reporting: EACH_GRADING_PERIOD.en,
      objectives: [
        'Given a drawn model and dots to connect, {{student}} will copy a triangle and an X in 4 of 5 trials.',
        'Given a drawn model and no dots, {{student}} will copy a diamond with all 4 corners closed in 3 of 5 trials.',
      ],
    },
    es: {
      title: 'Copiar figuras y diseños',
      baseline:
        '{{student}} copia un círculo, una cruz y un cuadrado, pero todavía no se reconocen sus líneas diagonales, triángulos ni figuras que se cruzan ({{baseline_count}} de 10 figuras correctas en la lista de cotejo de terapia ocupacional).',
      condition: 'Con un modelo dibujado y una hoja sin renglones',
      behavior:
        'copia figuras con líneas diagonales (triángulo, X, rombo) con las esquinas cerradas y los ángulos correctos',
      criterion: 'con 8 de 10 figuras que un adulto puede reconocer sin ver el modelo, en 3 sesiones seguidas',
      timeframe: BY_ANNUAL_REVIEW.es,
      measurement: 'Muestras de trabajo calificadas con la lista de cotejo de copia de figuras de terapia ocupacional',
      reporting: EACH_GRADING_PERIOD.es,
      objectives: [
        'Con un modelo dibujado y puntos para unir, {{student}} copiará un triángulo y una X en 4 de 5 intentos.',
        'Con un modelo dibujado y sin puntos, {{student}} copiará un rombo con las 4 esquinas cerradas en 3 de 5 intentos.',
      ],
    },
  },
  {
    id: 'vp-find-on-page',
    area: 'visual_perception',
    keywords: {
      en: ['worksheet', 'scanning', 'figure-ground', 'busy page', 'finding', 'visual attention'],
      es: ['hoja de trabajo', 'buscar', 'figura-fondo', 'página', 'encontrar', 'atención visual'],
    },
    en: {
      title: 'Finding information on a busy page',
      baseline:
        'On a worksheet with several items, {{student}} skips or repeats rows and finds {{baseline_count}} of 10 requested items.',
      condition: 'Given a worksheet with up to 10 items and a reading window or a highlighter',
      behavior: 'finds and marks the requested word, number or picture on the page',
      criterion: 'finding 9 of 10 items correctly in 5 minutes or less, in 4 of 5 trials',
      timeframe: BY_ANNUAL_REVIEW.en,
      measurement: 'Timed worksheets scored by the OT',
      reporting: EACH_GRADING_PERIOD.en,
      objectives: [
        'Given a reading window that shows one row at a time, {{student}} will find 7 of 10 items in 4 of 5 trials.',
        'Given a highlighter and no reading window, {{student}} will find 8 of 10 items in 7 minutes or less in 4 of 5 trials.',
      ],
    },
    es: {
      title: 'Encontrar información en una página con mucho contenido',
      baseline:
        'En una hoja de trabajo con varios ejercicios, {{student}} se salta o repite renglones y encuentra {{baseline_count}} de 10 elementos que se le piden.',
      condition: 'Con una hoja de trabajo de hasta 10 elementos y una ventanita de lectura o un resaltador',
      behavior: 'encuentra y marca en la página la palabra, el número o el dibujo que se le pide',
      criterion: 'encontrando correctamente 9 de 10 elementos en 5 minutos o menos, en 4 de 5 intentos',
      timeframe: BY_ANNUAL_REVIEW.es,
      measurement: 'Hojas de trabajo cronometradas y calificadas por el terapeuta ocupacional',
      reporting: EACH_GRADING_PERIOD.es,
      objectives: [
        'Con una ventanita de lectura que muestra un renglón a la vez, {{student}} encontrará 7 de 10 elementos en 4 de 5 intentos.',
        'Con un resaltador y sin la ventanita, {{student}} encontrará 8 de 10 elementos en 7 minutos o menos en 4 de 5 intentos.',
      ],
    },
  },
  {
    id: 'vp-letter-reversals',
    area: 'visual_perception',
    keywords: {
      en: ['reversals', 'b and d', 'letters', 'numbers', 'orientation', 'writing'],
      es: ['letras volteadas', 'b y d', 'letras', 'números', 'orientación', 'escritura'],
    },
    en: {
      title: 'Writing letters and numbers facing the right way',
      baseline:
        'In written work, {{student}} flips b/d, p/q and some numbers; about {{baseline_percent}}% of these letters and numbers face the right way.',
      condition: 'Given an alphabet and number strip taped to the desk',
      behavior: 'writes letters and numbers facing the right direction in daily written work',
      criterion: 'with 90% of letters and numbers facing the right way in 4 of 5 work samples',
      timeframe: WITHIN_36_WEEKS.en,
      measurement: 'Count of flipped letters in dated classroom work samples',
      reporting: EVERY_9_WEEKS.en,
      objectives: [
        'Given the desk strip, {{student}} will sort cards showing b, d, p and q with 80% accuracy in 4 of 5 trials.',
        'Given the desk strip and a reminder to check it, {{student}} will find and fix flipped letters in a finished sentence in 3 of 5 trials.',
      ],
    },
    es: {
      title: 'Escribir letras y números hacia el lado correcto',
      baseline:
        'En sus trabajos escritos, {{student}} voltea la b y la d, la p y la q, y algunos números; cerca del {{baseline_percent}}% de esas letras y números quedan hacia el lado correcto.',
      condition: 'Con una tira del abecedario y de los números pegada en el pupitre',
      behavior: 'escribe las letras y los números hacia el lado correcto en sus trabajos de todos los días',
      criterion: 'con el 90% de las letras y números hacia el lado correcto en 4 de 5 muestras de trabajo',
      timeframe: WITHIN_36_WEEKS.es,
      measurement: 'Conteo de letras volteadas en muestras de trabajo del salón con fecha',
      reporting: EVERY_9_WEEKS.es,
      objectives: [
        'Con la tira en el pupitre, {{student}} clasificará tarjetas con b, d, p y q con un 80% de precisión en 4 de 5 intentos.',
        'Con la tira en el pupitre y un recordatorio para revisarla, {{student}} encontrará y corregirá las letras volteadas en una oración ya escrita en 3 de 5 intentos.',
      ],
    },
  },
  {
    id: 'vp-board-copying',
    area: 'visual_perception',
    keywords: {
      en: ['board', 'copying', 'far-point', 'notes', 'homework', 'handwriting'],
      es: ['pizarrón', 'copiar', 'de lejos', 'apuntes', 'tarea', 'escritura'],
    },
    en: {
      title: 'Copying from the board',
      baseline:
        '{{student}} loses the place when looking from the board to the paper, and copies {{baseline_words}} words from the board in 5 minutes, often leaving words out.',
      condition: 'With a seat facing the board, less than 10 feet away, and key words underlined or color-coded',
      behavior: 'copies class notes or homework from the board without leaving out or repeating words',
      criterion: 'copying at least 15 words in 5 minutes with 90% accuracy in 4 of 5 trials',
      timeframe: BY_ANNUAL_REVIEW.en,
      measurement: 'Timed copying samples checked against the board text',
      reporting: EACH_GRADING_PERIOD.en,
      objectives: [
        'Given a copy of the text on the desk, {{student}} will copy 15 words in 5 minutes with 90% accuracy in 4 of 5 trials.',
        'With a seat facing the board, {{student}} will copy 10 words in 5 minutes with 80% accuracy in 4 of 5 trials.',
      ],
    },
    es: {
      title: 'Copiar del pizarrón',
      baseline:
        '{{student}} pierde el lugar al mirar del pizarrón al papel, y copia {{baseline_words}} palabras del pizarrón en 5 minutos, muchas veces dejando palabras sin copiar.',
      condition:
        'Con un asiento de frente al pizarrón, a menos de 10 pies de distancia, y las palabras clave subrayadas o marcadas con colores',
      behavior: 'copia del pizarrón los apuntes o la tarea sin saltarse ni repetir palabras',
      criterion: 'copiando al menos 15 palabras en 5 minutos con un 90% de precisión en 4 de 5 intentos',
      timeframe: BY_ANNUAL_REVIEW.es,
      measurement: 'Muestras cronometradas de copia, comparadas con el texto del pizarrón',
      reporting: EACH_GRADING_PERIOD.es,
      objectives: [
        'Con una copia del texto sobre el pupitre, {{student}} copiará 15 palabras en 5 minutos con un 90% de precisión en 4 de 5 intentos.',
        'Con un asiento de frente al pizarrón, {{student}} copiará 10 palabras en 5 minutos con un 80% de precisión en 4 de 5 intentos.',
      ],
    },
  },
  {
    id: 'vp-math-alignment',
    area: 'visual_perception',
    keywords: {
      en: ['math', 'columns', 'graph paper', 'alignment', 'spatial', 'numbers'],
      es: ['matemáticas', 'columnas', 'papel cuadriculado', 'alinear', 'espacial', 'números'],
    },
    en: {
      title: 'Lining up numbers in math',
      baseline:
        'When solving written math, {{student}} lets the columns drift so ones and tens get mixed up; {{baseline_count}} of 10 problems are lined up correctly.',
      condition: 'Given graph paper with 1 digit per box or a column guide',
      behavior: 'writes problems with several digits, each digit in the right column',
      criterion: 'with 9 of 10 problems lined up correctly in 4 of 5 assignments',
      timeframe: BY_ANNUAL_REVIEW.en,
      measurement: 'Review of math work samples by the teacher and the OT',
      reporting: EACH_GRADING_PERIOD.en,
      objectives: [
        'Given graph paper with large boxes, {{student}} will write 2-digit problems with 8 of 10 lined up correctly in 4 of 5 assignments.',
        'Given graph paper with regular boxes, {{student}} will write 3-digit problems with 8 of 10 lined up correctly in 4 of 5 assignments.',
      ],
    },
    es: {
      title: 'Alinear los números en matemáticas',
      baseline:
        'Al resolver operaciones por escrito, {{student}} desalinea las columnas y se le mezclan las unidades con las decenas; alinea correctamente {{baseline_count}} de 10 problemas.',
      condition: 'Con papel cuadriculado de 1 número por cuadro o una guía de columnas',
      behavior: 'escribe operaciones de varias cifras con cada dígito en la columna correcta',
      criterion: 'con 9 de 10 problemas bien alineados en 4 de 5 tareas',
      timeframe: BY_ANNUAL_REVIEW.es,
      measurement: 'Revisión de muestras de trabajo de matemáticas por el maestro y el terapeuta ocupacional',
      reporting: EACH_GRADING_PERIOD.es,
      objectives: [
        'Con papel de cuadros grandes, {{student}} escribirá operaciones de 2 cifras con 8 de 10 bien alineadas en 4 de 5 tareas.',
        'Con papel de cuadros normales, {{student}} escribirá operaciones de 3 cifras con 8 de 10 bien alineadas en 4 de 5 tareas.',
      ],
    },
  },
];
