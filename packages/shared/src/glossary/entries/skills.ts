import type { GlossaryEntryInput } from '../types';

/** Skills the OT evaluates and works on. */
export const SKILL_TERMS: GlossaryEntryInput[] = [
  {
    id: 'grasp',
    terms: {
      en: ['grasp', 'grasps', 'grip', 'grips', 'pencil grasp', 'pencil grasps', 'pencil grip'],
      es: ['agarre', 'agarres', 'agarre del lápiz', 'agarre de lápiz', 'prensión'],
    },
    en: {
      term: 'grasp',
      explanation:
        'The way a person holds something in the hand, like a pencil, a spoon or scissors. A good grasp lets the hand work without getting tired quickly.',
    },
    es: {
      term: 'agarre',
      explanation:
        'La forma en que una persona sostiene algo con la mano, como un lápiz, una cuchara o unas tijeras. Un buen agarre permite usar la mano sin cansarse rápido.',
    },
  },
  {
    id: 'tripod-grasp',
    terms: {
      en: ['tripod grasp', 'tripod grasps', 'tripod grip', 'dynamic tripod grasp'],
      es: ['agarre trípode', 'agarre de trípode', 'agarre en trípode', 'pinza trípode', 'agarre trípode dinámico'],
    },
    en: {
      term: 'tripod grasp',
      explanation:
        'Holding a pencil between the thumb and the pointer finger, with the pencil resting on the middle finger. Many children write most easily this way, but other ways of holding can work too.',
    },
    es: {
      term: 'agarre trípode',
      explanation:
        'Sostener el lápiz entre el pulgar y el dedo índice, con el lápiz apoyado en el dedo de en medio. A muchos niños se les hace más fácil escribir así, aunque otras formas de agarrarlo también pueden funcionar.',
    },
  },
  {
    id: 'fine-motor',
    terms: {
      en: ['fine motor skills', 'fine motor skill', 'fine motor', 'fine-motor', 'fine motor control'],
      es: [
        'motricidad fina',
        'habilidades motoras finas',
        'habilidad motora fina',
        'motora fina',
        'motoras finas',
        'motor fino',
      ],
    },
    en: {
      term: 'fine motor skills',
      explanation:
        'Using the small muscles of the hands and fingers for tasks like writing, cutting, buttoning and opening containers.',
    },
    es: {
      term: 'motricidad fina',
      explanation:
        'El uso de los músculos pequeños de las manos y los dedos para tareas como escribir, recortar, abotonar y abrir envases.',
    },
  },
  {
    id: 'gross-motor',
    terms: {
      en: ['gross motor skills', 'gross motor skill', 'gross motor', 'gross-motor'],
      es: [
        'motricidad gruesa',
        'habilidades motoras gruesas',
        'habilidad motora gruesa',
        'motora gruesa',
        'motoras gruesas',
        'motor grueso',
      ],
    },
    en: {
      term: 'gross motor skills',
      explanation:
        'Using the large muscles of the body to move, such as walking, running, jumping, climbing and throwing a ball.',
    },
    es: {
      term: 'motricidad gruesa',
      explanation:
        'El uso de los músculos grandes del cuerpo para moverse, por ejemplo al caminar, correr, saltar, trepar o lanzar una pelota.',
    },
  },
  {
    id: 'in-hand-manipulation',
    terms: {
      en: ['in-hand manipulation', 'in hand manipulation'],
      es: ['manipulación dentro de la mano', 'manipulación en la mano', 'manipulación intramanual'],
    },
    en: {
      term: 'in-hand manipulation',
      explanation:
        'Moving an object around inside one hand, like turning a pencil over to use the eraser or moving a coin from the palm to the fingertips.',
    },
    es: {
      term: 'manipulación dentro de la mano',
      explanation:
        'Mover un objeto dentro de una sola mano, como voltear el lápiz para usar la goma o pasar una moneda de la palma a la punta de los dedos.',
    },
  },
  {
    id: 'bilateral-coordination',
    terms: {
      en: ['bilateral coordination', 'bilateral skills', 'bilateral integration'],
      es: ['coordinación bilateral', 'integración bilateral'],
    },
    en: {
      term: 'bilateral coordination',
      explanation:
        'Using both sides of the body together, like holding the paper with one hand while cutting with the other, or doing jumping jacks.',
    },
    es: {
      term: 'coordinación bilateral',
      explanation:
        'Usar los dos lados del cuerpo a la vez, como sostener el papel con una mano mientras se recorta con la otra, o hacer saltos de tijera.',
    },
  },
  {
    id: 'motor-planning',
    terms: {
      en: ['motor planning', 'motor plan', 'motor plans', 'praxis'],
      es: ['planificación motora', 'planeación motora', 'planeamiento motor', 'praxis'],
    },
    en: {
      term: 'motor planning',
      explanation:
        'Figuring out how to do a new movement or a series of movements, and then doing it, like a new playground game or the steps to put on a coat.',
    },
    es: {
      term: 'planificación motora',
      explanation:
        'Pensar cómo hacer un movimiento nuevo o una serie de movimientos, y luego hacerlo, como un juego nuevo en el patio o los pasos para ponerse el abrigo.',
    },
  },
  {
    id: 'visual-perception',
    terms: {
      en: [
        'visual perception',
        'visual perceptual skills',
        'visual-perceptual skills',
        'visual perceptual',
        'visual processing',
      ],
      es: ['percepción visual', 'habilidades de percepción visual', 'procesamiento visual'],
    },
    en: {
      term: 'visual perception',
      explanation:
        'How the brain understands what the eyes see, like telling shapes and letters apart or finding one thing on a busy page. It is different from how clearly the eyes see.',
    },
    es: {
      term: 'percepción visual',
      explanation:
        'La forma en que el cerebro entiende lo que ven los ojos, como distinguir figuras y letras o encontrar algo en una página llena de cosas. Es distinto de qué tan bien ven los ojos.',
    },
  },
  {
    id: 'visual-motor-integration',
    terms: {
      en: [
        'visual-motor integration',
        'visual motor integration',
        'visual-motor',
        'visual motor',
        'VMI',
        'eye-hand coordination',
        'hand-eye coordination',
      ],
      es: [
        'integración visomotora',
        'integración viso-motora',
        'integración visual-motora',
        'integración visual motora',
        'visomotora',
        'visomotor',
        'coordinación ojo-mano',
        'coordinación ojo mano',
        'coordinación óculo-manual',
        'coordinación oculomanual',
      ],
    },
    en: {
      term: 'visual-motor integration',
      explanation:
        'Getting the eyes and hands to work together, like when copying a shape, writing on a line or catching a ball.',
    },
    es: {
      term: 'integración visomotora',
      explanation:
        'Lograr que los ojos y las manos trabajen juntos, como al copiar una figura, escribir sobre el renglón o atrapar una pelota.',
    },
  },
  {
    id: 'figure-ground',
    terms: {
      en: ['figure-ground', 'figure ground', 'visual figure-ground'],
      es: ['figura-fondo', 'figura fondo', 'discriminación figura-fondo', 'percepción figura-fondo'],
    },
    en: {
      term: 'figure-ground',
      explanation: 'Being able to pick out one thing from a busy background, like finding a word on a crowded page.',
    },
    es: {
      term: 'figura-fondo',
      explanation:
        'Poder encontrar una cosa en medio de un fondo con muchos detalles, como ubicar una palabra en una página llena de texto.',
    },
  },
  {
    id: 'handwriting-legibility',
    terms: {
      en: ['handwriting legibility', 'legibility', 'legible handwriting'],
      es: ['legibilidad', 'legibilidad de la letra', 'legibilidad de la escritura', 'letra legible'],
    },
    en: {
      term: 'handwriting legibility',
      explanation:
        "How easy it is for another person to read a child's handwriting. It depends on the size and shape of the letters, the spaces between words and staying on the line.",
    },
    es: {
      term: 'legibilidad',
      explanation:
        'Qué tan fácil es para otra persona leer la letra del niño. Depende del tamaño y la forma de las letras, los espacios entre palabras y de escribir sobre el renglón.',
    },
  },
  {
    id: 'executive-function',
    terms: {
      en: ['executive function', 'executive functions', 'executive functioning', 'executive function skills'],
      es: ['función ejecutiva', 'funciones ejecutivas', 'funcionamiento ejecutivo'],
    },
    en: {
      term: 'executive function',
      explanation:
        'The thinking skills we use to plan, get organized, start and finish tasks, remember steps and manage time.',
    },
    es: {
      term: 'funciones ejecutivas',
      explanation:
        'Las habilidades de pensamiento que usamos para planear, organizarnos, empezar y terminar tareas, recordar pasos y manejar el tiempo.',
    },
  },
  {
    id: 'self-care',
    terms: {
      en: ['self-care', 'self care', 'activities of daily living', 'daily living skills', 'ADLs', 'ADL'],
      es: [
        'cuidado personal',
        'autocuidado',
        'actividades de la vida diaria',
        'actividades de la vida cotidiana',
        'habilidades de la vida diaria',
      ],
    },
    en: {
      term: 'self-care',
      explanation:
        'The everyday tasks a person does to take care of themselves, like eating, dressing, using the restroom and keeping their things in order.',
    },
    es: {
      term: 'cuidado personal',
      explanation:
        'Las tareas de todos los días para cuidarse uno mismo, como comer, vestirse, usar el baño y tener sus cosas en orden.',
    },
  },
  {
    id: 'dysphagia',
    terms: {
      en: ['dysphagia', 'swallowing disorder', 'swallowing difficulty', 'swallowing difficulties'],
      es: [
        'disfagia',
        'trastorno de la deglución',
        'dificultad para tragar',
        'dificultades para tragar',
        'problemas para tragar',
      ],
    },
    en: {
      term: 'dysphagia',
      explanation:
        'Trouble swallowing food, drinks or saliva safely. It can cause coughing or choking, so the team may change how food is made or served.',
    },
    es: {
      term: 'disfagia',
      explanation:
        'Dificultad para tragar con seguridad la comida, las bebidas o la saliva. Puede causar tos o atragantamiento, por eso el equipo puede cambiar la forma de preparar o servir la comida.',
    },
  },
];
