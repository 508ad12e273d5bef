import type { GoalTemplate } from '../goal-bank';
import { BY_ANNUAL_REVIEW, EACH_GRADING_PERIOD, EVERY_9_WEEKS, WITHIN_36_WEEKS } from './common';

export const ATTENDANCE_PARTICIPATION_TEMPLATES: GoalTemplate[] = [
  {
    id: 'ap-arrival-start',
    area: 'attendance_participation',
    keywords: {
      en: ['attendance', 'arrival', 'morning routine', 'getting started', 'absences'],
      es: ['asistencia', 'llegada', 'rutina de la mañana', 'empezar', 'faltas'],
    },
    en: {
      title: 'Getting started after arriving at school',
      baseline:
        '{{student}} is absent or late about {{baseline_count}} days a month and, once in class, needs several adult prompts to start the morning work.',
      condition:
        'Given a predictable arrival routine, a picture checklist and a favorite first task chosen with the OT',
      behavior: 'enters the classroom, completes the arrival checklist and starts the first task',
      criterion: 'within 10 minutes of arriving on 4 of 5 school days',
      timeframe: BY_ANNUAL_REVIEW.en,
      measurement: 'Attendance records and a daily arrival checklist kept by the teacher',
      reporting: EACH_GRADING_PERIOD.en,
      objectives: [
        '{{student}} will complete the first 2 steps of the arrival checklist with no more than 1 prompt on 4 of 5 days.',
        '{{student}} will start the favorite first task within 15 minutes of arriving on 4 of 5 days.',
      ],
    },
    es: {
      title: 'Empezar el día al llegar a la escuela',
      baseline:
        '{{student}} falta o llega tarde unos {{baseline_count}} días al mes y, ya en clase, necesita varias indicaciones de un adulto para empezar el trabajo de la mañana.',
      condition:
        'Con una rutina de llegada predecible, una lista de pasos en dibujos y una primera tarea favorita, escogida con el terapeuta ocupacional',
      behavior: 'entra al salón, completa la lista de llegada y empieza la primera tarea',
      criterion: 'en 10 minutos o menos después de llegar, en 4 de 5 días de clase',
      timeframe: BY_ANNUAL_REVIEW.es,
      measurement: 'Registros de asistencia y lista de cotejo diaria de llegada que lleva el maestro',
      reporting: EACH_GRADING_PERIOD.es,
      objectives: [
        '{{student}} completará los 2 primeros pasos de la lista de llegada con no más de 1 indicación en 4 de 5 días.',
        '{{student}} empezará la primera tarea favorita en 15 minutos o menos después de llegar en 4 de 5 días.',
      ],
    },
  },
  {
    id: 'ap-class-discussion',
    area: 'attendance_participation',
    keywords: {
      en: ['participation', 'class discussion', 'raising hand', 'answering', 'weighted lap pad'],
      es: ['participación', 'participar', 'conversación en clase', 'levantar la mano', 'responder'],
    },
    en: {
      title: 'Taking part in class discussions',
      baseline:
        'During class discussions, {{student}} rarely answers or raises a hand, and speaks up about {{baseline_count}} times a week.',
      condition: 'Given a fidget or a weighted lap pad chosen with the OT, and the question shared ahead of time',
      behavior: 'takes part in the discussion by raising a hand, answering a question or sharing an idea',
      criterion: 'at least 2 times per lesson in 4 of 5 observed lessons',
      timeframe: BY_ANNUAL_REVIEW.en,
      measurement: 'Participation tally kept by the teacher',
      reporting: EACH_GRADING_PERIOD.en,
      objectives: [
        'Given the question ahead of time, {{student}} will answer it when called on in 4 of 5 lessons.',
        'Given a calming tool, {{student}} will raise a hand to share an idea at least 1 time per lesson in 3 of 5 lessons.',
      ],
    },
    es: {
      title: 'Participar en las conversaciones de la clase',
      baseline:
        'Durante las conversaciones en clase, {{student}} casi nunca responde ni levanta la mano, y participa unas {{baseline_count}} veces por semana.',
      condition:
        'Con un fidget o una almohadilla con peso para las piernas, escogidos con el terapeuta ocupacional, y la pregunta compartida con anticipación',
      behavior: 'participa en la conversación levantando la mano, respondiendo una pregunta o compartiendo una idea',
      criterion: 'al menos 2 veces por clase en 4 de 5 clases observadas',
      timeframe: BY_ANNUAL_REVIEW.es,
      measurement: 'Conteo de participaciones que lleva el maestro',
      reporting: EACH_GRADING_PERIOD.es,
      objectives: [
        'Con la pregunta compartida con anticipación, {{student}} la responderá cuando se le pida en 4 de 5 clases.',
        'Con una herramienta para calmarse, {{student}} levantará la mano para compartir una idea al menos 1 vez por clase en 3 de 5 clases.',
      ],
    },
  },
  {
    id: 'ap-written-work',
    area: 'attendance_participation',
    keywords: {
      en: ['assignments', 'work completion', 'written work', 'accommodations', 'hand fatigue'],
      es: ['trabajos', 'terminar el trabajo', 'trabajos escritos', 'adaptaciones', 'cansancio de la mano'],
    },
    en: {
      title: 'Finishing written assignments',
      baseline:
        '{{student}} finishes about {{baseline_percent}}% of written classwork in the time given, often stopping because the hand gets tired.',
      condition: 'Given the accommodations in this IEP (such as {{tool}}, less copying and extra time)',
      behavior: 'completes written assignments in class',
      criterion: 'finishing at least 80% of each assignment within the class period in 4 of 5 assignments',
      timeframe: WITHIN_36_WEEKS.en,
      measurement: 'Teacher record of finished assignments, reviewed by the OT every month',
      reporting: EVERY_9_WEEKS.en,
      objectives: [
        'Given {{tool}}, {{student}} will finish 60% of written assignments within the class period in 4 of 5 assignments.',
        '{{student}} will take a 1-minute hand stretch break and go back to the assignment without a reminder in 3 of 5 assignments.',
      ],
    },
    es: {
      title: 'Terminar los trabajos escritos',
      baseline:
        '{{student}} termina cerca del {{baseline_percent}}% de los trabajos escritos de la clase en el tiempo dado y muchas veces se detiene porque se le cansa la mano.',
      condition: 'Con las adaptaciones de este IEP (por ejemplo, {{tool}}, menos copia y tiempo adicional)',
      behavior: 'completa los trabajos escritos en clase',
      criterion: 'terminando al menos el 80% de cada trabajo dentro de la clase, en 4 de 5 trabajos',
      timeframe: WITHIN_36_WEEKS.es,
      measurement: 'Registro del maestro de los trabajos terminados, que el terapeuta ocupacional revisa cada mes',
      reporting: EVERY_9_WEEKS.es,
      objectives: [
        'Con {{tool}}, {{student}} terminará el 60% de los trabajos escritos dentro de la clase en 4 de 5 trabajos.',
        '{{student}} tomará una pausa de 1 minuto para estirar las manos y volverá al trabajo sin que se lo recuerden en 3 de 5 trabajos.',
      ],
    },
  },
  {
    id: 'ap-assistive-technology',
    area: 'attendance_participation',
    keywords: {
      en: ['assistive technology', 'speech-to-text', 'dictation', 'word prediction', 'tablet', 'computer'],
      es: ['tecnología de asistencia', 'voz a texto', 'dictado', 'predicción de palabras', 'tableta', 'computadora'],
    },
    en: {
      title: 'Using assistive technology for written work',
      baseline:
        '{{student}} has tried speech-to-text but uses it only with an adult nearby, and does {{baseline_steps}} of the 5 steps alone.',
      condition: 'Given a school device with speech-to-text or word prediction and a card listing the steps',
      behavior: 'opens the tool, dictates or types a response, and saves or turns in the work',
      criterion: 'doing all 5 steps without help in 4 of 5 assignments',
      timeframe: BY_ANNUAL_REVIEW.en,
      measurement: 'Step-by-step data sheet and saved work samples',
      reporting: EACH_GRADING_PERIOD.en,
      objectives: [
        'Given the step card, {{student}} will open the speech-to-text tool and start dictating with no more than 1 prompt in 4 of 5 assignments.',
        '{{student}} will read back the dictated text and fix at least 1 mistake before saving in 3 of 5 assignments.',
      ],
    },
    es: {
      title: 'Usar tecnología de asistencia para los trabajos escritos',
      baseline:
        '{{student}} ya probó la función de voz a texto, pero solo la usa con un adulto al lado, y hace sin ayuda {{baseline_steps}} de los 5 pasos.',
      condition:
        'Con un dispositivo de la escuela con voz a texto o predicción de palabras y una tarjeta con los pasos',
      behavior: 'abre la herramienta, dicta o escribe una respuesta, y guarda o entrega el trabajo',
      criterion: 'haciendo los 5 pasos sin ayuda en 4 de 5 trabajos',
      timeframe: BY_ANNUAL_REVIEW.es,
      measurement: 'Hoja de registro paso por paso y muestras de trabajo guardadas',
      reporting: EACH_GRADING_PERIOD.es,
      objectives: [
        'Con la tarjeta de pasos, {{student}} abrirá la herramienta de voz a texto y empezará a dictar con no más de 1 indicación en 4 de 5 trabajos.',
        '{{student}} volverá a leer el texto dictado y corregirá al menos 1 error antes de guardarlo en 3 de 5 trabajos.',
      ],
    },
  },
  {
    id: 'ap-specials',
    area: 'attendance_participation',
    keywords: {
      en: ['PE', 'music', 'art', 'specials', 'school events', 'adapted equipment'],
      es: ['educación física', 'música', 'arte', 'clases especiales', 'eventos escolares', 'equipo adaptado'],
    },
    en: {
      title: 'Taking part in specials and school events',
      baseline:
        '{{student}} sits out of PE, music or art about {{baseline_percent}}% of the time, saying the activity is too hard or too loud.',
      condition:
        'Given the changes planned with the OT for {{activity}} (such as adapted equipment, a quieter spot or a shorter task)',
      behavior: 'joins {{activity}} and takes part with the class',
      criterion: 'for at least 80% of the class time in 4 of 5 observed sessions',
      timeframe: BY_ANNUAL_REVIEW.en,
      measurement: 'Participation log kept by the specials teachers and reviewed by the OT',
      reporting: EACH_GRADING_PERIOD.en,
      objectives: [
        'Given the planned changes, {{student}} will take part in {{activity}} for 50% of the class time in 4 of 5 sessions.',
        'Given the planned changes, {{student}} will try the adapted equipment or the quieter spot without refusing in 4 of 5 sessions.',
      ],
    },
    es: {
      title: 'Participar en las clases especiales y los eventos escolares',
      baseline:
        '{{student}} no participa en educación física, música o arte cerca del {{baseline_percent}}% de las veces, y dice que la actividad es muy difícil o que hay mucho ruido.',
      condition:
        'Con los cambios planeados con el terapeuta ocupacional para {{activity}} (por ejemplo, equipo adaptado, un lugar más tranquilo o una tarea más corta)',
      behavior: 'se integra a {{activity}} y participa con el grupo',
      criterion: 'durante al menos el 80% del tiempo de la clase en 4 de 5 sesiones observadas',
      timeframe: BY_ANNUAL_REVIEW.es,
      measurement:
        'Registro de participación que llevan los maestros de las clases especiales y que revisa el terapeuta ocupacional',
      reporting: EACH_GRADING_PERIOD.es,
      objectives: [
        'Con los cambios planeados, {{student}} participará en {{activity}} durante el 50% del tiempo de la clase en 4 de 5 sesiones.',
        'Con los cambios planeados, {{student}} probará el equipo adaptado o el lugar más tranquilo sin negarse en 4 de 5 sesiones.',
      ],
    },
  },
];
