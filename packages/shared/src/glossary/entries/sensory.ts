import type { GlossaryEntryInput } from '../types';

/** The senses, regulation, and the sensory tools a team may recommend. */
export const SENSORY_TERMS: GlossaryEntryInput[] = [
  {
    id: 'sensory-processing',
    terms: {
      en: [
        'sensory processing',
        'sensory processing disorder',
        'sensory processing differences',
        'sensory integration',
      ],
      es: ['procesamiento sensorial', 'trastorno del procesamiento sensorial', 'integración sensorial'],
    },
    en: {
      term: 'sensory processing',
      explanation:
        'How the brain takes in and makes sense of what we see, hear, touch, taste, smell and feel as we move. Some children notice these signals too much or too little, which can make the school day hard.',
    },
    es: {
      term: 'procesamiento sensorial',
      explanation:
        'La manera en que el cerebro recibe y entiende lo que vemos, oímos, tocamos, saboreamos, olemos y sentimos al movernos. Algunos niños sienten estas señales demasiado o muy poco, y eso puede hacer difícil el día en la escuela.',
    },
  },
  {
    id: 'sensory-diet',
    terms: {
      en: ['sensory diet', 'sensory diets', 'sensory lifestyle'],
      es: ['dieta sensorial', 'dietas sensoriales', 'plan sensorial'],
    },
    en: {
      term: 'sensory diet',
      explanation:
        'A planned set of movement and touch activities spread through the day, like jumping, carrying books or squeezing putty. It has nothing to do with food; it helps the child stay calm and alert.',
    },
    es: {
      term: 'dieta sensorial',
      explanation:
        'Un plan de actividades de movimiento y de tacto repartidas durante el día, como saltar, cargar libros o apretar plastilina. No tiene nada que ver con la comida; ayuda al niño a mantenerse tranquilo y atento.',
    },
  },
  {
    id: 'sensory-break',
    terms: {
      en: ['sensory break', 'sensory breaks', 'movement break', 'movement breaks', 'brain break', 'brain breaks'],
      es: [
        'descanso sensorial',
        'descansos sensoriales',
        'pausa sensorial',
        'pausas sensoriales',
        'pausa de movimiento',
        'pausas de movimiento',
        'pausa activa',
        'pausas activas',
      ],
    },
    en: {
      term: 'sensory break',
      explanation:
        'A short pause from class work to move, stretch or rest in a quiet spot. It helps the child come back ready to learn.',
    },
    es: {
      term: 'descanso sensorial',
      explanation:
        'Una pausa corta en el trabajo de la clase para moverse, estirarse o descansar en un lugar tranquilo. Ayuda a que el niño regrese listo para aprender.',
    },
  },
  {
    id: 'self-regulation',
    terms: {
      en: ['self-regulation', 'self regulation', 'self-regulate', 'self-regulating'],
      es: ['autorregulación', 'autorregularse', 'auto-regulación', 'regulación emocional'],
    },
    en: {
      term: 'self-regulation',
      explanation:
        'Being able to manage your own feelings, energy and behavior, like calming down after getting upset or getting going when you feel tired.',
    },
    es: {
      term: 'autorregulación',
      explanation:
        'Poder manejar las propias emociones, la energía y el comportamiento, como calmarse después de enojarse o animarse cuando uno se siente cansado.',
    },
  },
  {
    id: 'proprioception',
    terms: {
      en: ['proprioception', 'proprioceptive', 'proprioceptive input', 'body awareness'],
      es: [
        'propiocepción',
        'propioceptivo',
        'propioceptiva',
        'propioceptivos',
        'propioceptivas',
        'conciencia corporal',
      ],
    },
    en: {
      term: 'proprioception',
      explanation:
        'The sense that tells us where our body parts are and how they move, without having to look. Pushing, pulling and carrying heavy things use this sense and can help a child feel calm.',
    },
    es: {
      term: 'propiocepción',
      explanation:
        'El sentido que nos dice dónde están las partes del cuerpo y cómo se mueven, sin tener que mirar. Empujar, jalar y cargar cosas pesadas usan este sentido y pueden ayudar al niño a calmarse.',
    },
  },
  {
    id: 'vestibular',
    terms: {
      en: ['vestibular', 'vestibular sense', 'vestibular system', 'vestibular input'],
      es: ['vestibular', 'vestibulares', 'sistema vestibular', 'sentido vestibular'],
    },
    en: {
      term: 'vestibular sense',
      explanation:
        'The sense of balance and movement, which comes from the inner ear. Swinging, spinning and rocking use this sense.',
    },
    es: {
      term: 'sentido vestibular',
      explanation:
        'El sentido del equilibrio y del movimiento, que viene del oído interno. Columpiarse, dar vueltas y mecerse usan este sentido.',
    },
  },
  {
    id: 'tactile-defensiveness',
    terms: {
      en: ['tactile defensiveness', 'tactile defensive', 'tactile sensitivity', 'touch sensitivity'],
      es: ['defensividad táctil', 'hipersensibilidad táctil', 'sensibilidad táctil', 'defensa táctil'],
    },
    en: {
      term: 'tactile defensiveness',
      explanation:
        'Being very bothered by touch that most people barely notice, like tags in clothes, glue on the fingers or someone brushing past.',
    },
    es: {
      term: 'defensividad táctil',
      explanation:
        'Cuando a un niño le molesta mucho un roce que la mayoría casi no nota, como las etiquetas de la ropa, el pegamento en los dedos o que alguien pase rozándolo.',
    },
  },
  {
    id: 'fidget',
    terms: {
      en: ['fidget', 'fidgets', 'fidget tool', 'fidget tools', 'fidget toy', 'fidget toys'],
      es: [
        'fidget',
        'fidgets',
        'juguete antiestrés',
        'juguetes antiestrés',
        'objeto para manipular',
        'objetos para manipular',
      ],
    },
    en: {
      term: 'fidget',
      explanation:
        'A small object a child can squeeze, twist or hold quietly in the hands. For some children it makes it easier to stay calm and pay attention.',
    },
    es: {
      term: 'fidget',
      explanation:
        'Un objeto pequeño que el niño puede apretar, girar o tener en las manos sin hacer ruido. A algunos niños les ayuda a mantener la calma y poner atención.',
    },
  },
  {
    id: 'weighted-vest',
    terms: {
      en: [
        'weighted vest',
        'weighted vests',
        'weighted blanket',
        'weighted blankets',
        'weighted lap pad',
        'weighted lap pads',
      ],
      es: [
        'chaleco con peso',
        'chalecos con peso',
        'chaleco de peso',
        'chaleco pesado',
        'chalecos pesados',
        'cobija con peso',
        'cobija pesada',
        'manta con peso',
        'manta pesada',
        'almohadilla con peso',
      ],
    },
    en: {
      term: 'weighted vest',
      explanation:
        'A vest, blanket or lap pad with small weights sewn inside. The gentle pressure helps some children feel calm, and it is worn only for short times that the therapist plans.',
    },
    es: {
      term: 'chaleco con peso',
      explanation:
        'Un chaleco, una cobija o una almohadilla con pequeños pesos cosidos por dentro. La presión suave ayuda a algunos niños a sentirse tranquilos, y se usa solo por ratos cortos que planea el terapeuta.',
    },
  },
  {
    id: 'noise-reducing-headphones',
    terms: {
      en: [
        'noise-reducing headphones',
        'noise reducing headphones',
        'noise-canceling headphones',
        'noise-cancelling headphones',
        'noise canceling headphones',
        'noise cancelling headphones',
        'ear defenders',
      ],
      es: [
        'audífonos con reducción de ruido',
        'audífonos que reducen el ruido',
        'audífonos de cancelación de ruido',
        'audífonos con cancelación de ruido',
        'orejeras',
      ],
    },
    en: {
      term: 'noise-reducing headphones',
      explanation:
        'Headphones that make loud sounds quieter, so a child can stay in noisy places like the cafeteria or an assembly.',
    },
    es: {
      term: 'audífonos con reducción de ruido',
      explanation:
        'Audífonos que bajan el volumen de los ruidos fuertes para que el niño pueda estar en lugares ruidosos, como la cafetería o una asamblea.',
    },
  },
];
