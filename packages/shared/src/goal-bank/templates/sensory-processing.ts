import type { GoalTemplate } from '../goal-bank';
import { BY_ANNUAL_REVIEW, EACH_GRADING_PERIOD, EVERY_9_WEEKS, WITHIN_36_WEEKS } from './common';

export const SENSORY_PROCESSING_TEMPLATES: GoalTemplate[] = [
  {
    id: 'sp-request-sensory-break',
    area: 'sensory_processing',
    keywords: {
      en: ['sensory break', 'break card', 'self-regulation', 'asking for help', 'movement break'],
      es: ['descanso sensorial', 'pausa sensorial', 'tarjeta de descanso', 'autorregulación', 'pedir ayuda'],
    },
    en: {
      title: 'Asking for a sensory break',
      baseline:
        'When the classroom gets loud or busy, {{student}} leaves the seat or covers the ears, and asks for a break on {{baseline_count}} of 10 such occasions.',
      condition: 'Given a break card or a picture choice board and a set break area in the classroom',
      behavior:
        'asks for a sensory break with words or the break card, goes to the break area, and returns to work when the timer ends',
      criterion: 'in 4 of 5 observed opportunities, returning to work within 5 minutes',
      timeframe: BY_ANNUAL_REVIEW.en,
      measurement: 'Counts kept by the teacher and the OT on a break log',
      reporting: EACH_GRADING_PERIOD.en,
      objectives: [
        'Given a break card and an adult showing how, {{student}} will hand over the card to ask for a break in 3 of 5 observed opportunities.',
        'Given a visual timer, {{student}} will return from the break area to the assigned task within 5 minutes after 3 of 5 breaks.',
      ],
    },
    es: {
      title: 'Pedir un descanso sensorial',
      baseline:
        'Cuando hay mucho ruido o movimiento en el salón, {{student}} se levanta de su lugar o se tapa los oídos, y pide un descanso en {{baseline_count}} de 10 de esas ocasiones.',
      condition:
        'Con una tarjeta para pedir descanso o un tablero de opciones con dibujos, y un área de descanso definida en el salón',
      behavior:
        'pide un descanso sensorial con palabras o con la tarjeta, va al área de descanso y regresa a trabajar cuando suena el temporizador',
      criterion: 'en 4 de 5 oportunidades observadas, regresando a trabajar en 5 minutos o menos',
      timeframe: BY_ANNUAL_REVIEW.es,
      measurement: 'Conteos que llevan el maestro y el terapeuta ocupacional en un registro de descansos',
      reporting: EACH_GRADING_PERIOD.es,
      objectives: [
        'Con una tarjeta de descanso y un adulto que le muestre cómo, {{student}} entregará la tarjeta para pedir un descanso en 3 de 5 oportunidades observadas.',
        'Con un temporizador visual, {{student}} regresará del área de descanso a su tarea en 5 minutos o menos después de 3 de 5 descansos.',
      ],
    },
  },
  {
    id: 'sp-calming-strategy',
    area: 'sensory_processing',
    keywords: {
      en: ['calming', 'self-regulation', 'frustration', 'coping', 'deep breathing', 'emotions'],
      es: ['calmarse', 'autorregulación', 'frustración', 'enojo', 'respiración profunda', 'emociones'],
    },
    en: {
      title: 'Using a calming strategy when upset',
      baseline:
        'When frustrated, {{student}} cries, pushes materials away or hides under the desk; these moments last about {{baseline_minutes}} minutes and an adult leads the calm-down every time.',
      condition:
        'Given a picture menu of 3 calming strategies practiced in OT (such as deep breathing, wall push-ups or squeezing a stress ball)',
      behavior: 'names or points to the feeling, chooses a strategy from the menu, and uses it',
      criterion: 'returning to the activity within 5 minutes in 4 of 5 observed episodes',
      timeframe: BY_ANNUAL_REVIEW.en,
      measurement: 'Incident notes with start and end times, kept by the teacher and the OT',
      reporting: EACH_GRADING_PERIOD.en,
      objectives: [
        'With an adult showing how, {{student}} will practice a chosen calming strategy for 1 minute, while calm, in 4 of 5 sessions.',
        'With 1 verbal prompt, {{student}} will choose a strategy from the menu during a real moment of frustration in 3 of 5 observed episodes.',
      ],
    },
    es: {
      title: 'Usar una estrategia para calmarse',
      baseline:
        'Cuando se frustra, {{student}} llora, empuja los materiales o se esconde debajo del pupitre; estos momentos duran unos {{baseline_minutes}} minutos y siempre es un adulto quien le ayuda a calmarse.',
      condition:
        'Con un menú en dibujos de 3 estrategias para calmarse practicadas en terapia ocupacional (por ejemplo, respirar profundo, empujar la pared o apretar una pelota antiestrés)',
      behavior: 'nombra o señala cómo se siente, escoge una estrategia del menú y la usa',
      criterion: 'volviendo a la actividad en 5 minutos o menos en 4 de 5 momentos observados',
      timeframe: BY_ANNUAL_REVIEW.es,
      measurement:
        'Notas de cada incidente con la hora de inicio y de fin, que llevan el maestro y el terapeuta ocupacional',
      reporting: EACH_GRADING_PERIOD.es,
      objectives: [
        'Con un adulto que le muestre cómo, {{student}} practicará durante 1 minuto la estrategia que escoja, mientras está en calma, en 4 de 5 sesiones.',
        'Con 1 indicación verbal, {{student}} escogerá una estrategia del menú durante un momento real de frustración en 3 de 5 momentos observados.',
      ],
    },
  },
  {
    id: 'sp-noise-tolerance',
    area: 'sensory_processing',
    keywords: {
      en: ['noise', 'loud', 'headphones', 'assembly', 'cafeteria', 'gym', 'auditory'],
      es: ['ruido', 'ruidoso', 'audífonos', 'asamblea', 'cafetería', 'gimnasio', 'auditivo'],
    },
    en: {
      title: 'Staying in loud school settings',
      baseline:
        '{{student}} leaves assemblies, the cafeteria or the gym after about {{baseline_minutes}} minutes, covering the ears and asking to go out.',
      condition: 'Given noise-reducing headphones, a seat near an exit and a preview of the event',
      behavior: 'stays in a loud setting such as {{setting}} and takes part in the activity',
      criterion: 'for at least 20 minutes in 4 of 5 observed events',
      timeframe: BY_ANNUAL_REVIEW.en,
      measurement: 'Time log kept by staff during assemblies, lunch and PE',
      reporting: EACH_GRADING_PERIOD.en,
      objectives: [
        'Given noise-reducing headphones, {{student}} will stay in {{setting}} for 10 minutes in 4 of 5 observed events.',
        '{{student}} will put on the headphones before entering a loud setting, without an adult reminder, in 4 of 5 opportunities.',
      ],
    },
    es: {
      title: 'Permanecer en lugares ruidosos de la escuela',
      baseline:
        '{{student}} se sale de las asambleas, la cafetería o el gimnasio después de unos {{baseline_minutes}} minutos, tapándose los oídos y pidiendo salir.',
      condition:
        'Con audífonos que reducen el ruido, un asiento cerca de una salida y una explicación previa del evento',
      behavior: 'permanece en un lugar ruidoso, como {{setting}}, y participa en la actividad',
      criterion: 'durante al menos 20 minutos en 4 de 5 eventos observados',
      timeframe: BY_ANNUAL_REVIEW.es,
      measurement:
        'Registro de tiempo que lleva el personal durante las asambleas, el almuerzo y la clase de educación física',
      reporting: EACH_GRADING_PERIOD.es,
      objectives: [
        'Con audífonos que reducen el ruido, {{student}} permanecerá en {{setting}} durante 10 minutos en 4 de 5 eventos observados.',
        '{{student}} se pondrá los audífonos antes de entrar a un lugar ruidoso, sin que un adulto se lo recuerde, en 4 de 5 oportunidades.',
      ],
    },
  },
  {
    id: 'sp-seated-attention',
    area: 'sensory_processing',
    keywords: {
      en: ['attention', 'sitting', 'wiggle cushion', 'fidget', 'movement', 'focus'],
      es: ['atención', 'estar sentado', 'cojín de aire', 'fidget', 'movimiento', 'concentración'],
    },
    en: {
      title: 'Staying seated and ready to learn during lessons',
      baseline:
        'During whole-group lessons, {{student}} stays seated for about {{baseline_minutes}} minutes before getting up, rocking or lying on the floor.',
      condition:
        'Given a movement tool chosen with the OT (such as a wiggle cushion, a chair band or a fidget) and a movement break before the lesson',
      behavior: 'stays in the assigned seat or spot, facing the speaker, with the hands free for work',
      criterion: 'for 15 minutes with no more than 2 adult reminders in 4 of 5 lessons',
      timeframe: WITHIN_36_WEEKS.en,
      measurement: 'Timed observations at set intervals by the teacher and the OT',
      reporting: EVERY_9_WEEKS.en,
      objectives: [
        'Given a movement tool, {{student}} will stay seated for 8 minutes with no more than 2 reminders in 4 of 5 lessons.',
        '{{student}} will use the movement tool as taught, without throwing or leaving it, in 4 of 5 observed lessons.',
      ],
    },
    es: {
      title: 'Permanecer en su lugar y con atención durante las clases',
      baseline:
        'Durante las clases con todo el grupo, {{student}} permanece en su asiento unos {{baseline_minutes}} minutos antes de pararse, mecerse o acostarse en el piso.',
      condition:
        'Con una herramienta de movimiento escogida con el terapeuta ocupacional (por ejemplo, un cojín de aire, una banda elástica en la silla o un fidget) y una pausa de movimiento antes de la clase',
      behavior:
        'permanece en el asiento o lugar asignado, mirando hacia quien habla y con las manos libres para trabajar',
      criterion: 'durante 15 minutos con no más de 2 recordatorios de un adulto en 4 de 5 clases',
      timeframe: WITHIN_36_WEEKS.es,
      measurement: 'Observaciones cronometradas a intervalos fijos, hechas por el maestro y el terapeuta ocupacional',
      reporting: EVERY_9_WEEKS.es,
      objectives: [
        'Con una herramienta de movimiento, {{student}} permanecerá en su asiento durante 8 minutos con no más de 2 recordatorios en 4 de 5 clases.',
        '{{student}} usará la herramienta de movimiento como se le enseñó, sin lanzarla ni dejarla, en 4 de 5 clases observadas.',
      ],
    },
  },
  {
    id: 'sp-tactile-tolerance',
    area: 'sensory_processing',
    keywords: {
      en: ['touch', 'textures', 'messy play', 'glue', 'paint', 'tactile'],
      es: ['tacto', 'texturas', 'pegajoso', 'pegamento', 'pintura', 'táctil'],
    },
    en: {
      title: 'Handling messy or textured materials',
      baseline:
        '{{student}} refuses to touch glue, paint, sand or clay, and takes part in {{baseline_count}} of 10 hands-on activities that use them.',
      condition:
        'Given a warning before the activity, a choice of tools (brush, stick or gloves) and a wet wipe close by',
      behavior: 'touches and uses the material, with the fingers or a tool, to finish the class activity',
      criterion: 'for at least 5 minutes in 4 of 5 hands-on activities',
      timeframe: WITHIN_36_WEEKS.en,
      measurement: 'OT data sheet and teacher observation during art, science and learning centers',
      reporting: EVERY_9_WEEKS.en,
      objectives: [
        'Given a tool such as a brush or a stick, {{student}} will use glue, paint or sand for 2 minutes in 4 of 5 activities.',
        'Given a wet wipe close by, {{student}} will touch the material with the fingertips for 1 minute in 3 of 5 activities.',
      ],
    },
    es: {
      title: 'Tocar materiales pegajosos o con textura',
      baseline:
        '{{student}} se niega a tocar pegamento, pintura, arena o plastilina, y participa en {{baseline_count}} de 10 actividades manuales que los usan.',
      condition:
        'Con un aviso antes de la actividad, opciones de herramientas (pincel, palito o guantes) y una toallita húmeda a la mano',
      behavior: 'toca y usa el material, con los dedos o con una herramienta, para terminar la actividad de la clase',
      criterion: 'durante al menos 5 minutos en 4 de 5 actividades manuales',
      timeframe: WITHIN_36_WEEKS.es,
      measurement:
        'Hoja de registro de terapia ocupacional y observación del maestro en arte, ciencias y centros de aprendizaje',
      reporting: EVERY_9_WEEKS.es,
      objectives: [
        'Con una herramienta, como un pincel o un palito, {{student}} usará pegamento, pintura o arena durante 2 minutos en 4 de 5 actividades.',
        'Con una toallita húmeda a la mano, {{student}} tocará el material con la punta de los dedos durante 1 minuto en 3 de 5 actividades.',
      ],
    },
  },
];
