import type { GoalTemplate } from '../goal-bank';
import { BY_ANNUAL_REVIEW, EACH_GRADING_PERIOD, EVERY_9_WEEKS, WITHIN_36_WEEKS } from './common';

export const GROSS_MOTOR_TEMPLATES: GoalTemplate[] = [
  {
    id: 'gm-bilateral-coordination',
    area: 'gross_motor',
    keywords: {
      en: ['coordination', 'bilateral', 'jumping jacks', 'skipping', 'jump rope', 'PE'],
      es: ['coordinación', 'bilateral', 'saltos de tijera', 'saltar', 'brincar la cuerda', 'educación física'],
    },
    en: {
      title: 'Using both sides of the body together',
      baseline:
        '{{student}} does {{baseline_count}} jumping jacks in a row before the arms and legs lose the rhythm, and finds it hard when each hand has a different job.',
      condition: 'During PE or an OT session, after watching a demonstration',
      behavior: 'does a movement that uses both sides of the body, such as jumping jacks, skipping or jumping rope',
      criterion: '10 times in a row with a smooth rhythm in 4 of 5 trials',
      timeframe: BY_ANNUAL_REVIEW.en,
      measurement: 'Counts recorded by the OT and the PE teacher',
      reporting: EACH_GRADING_PERIOD.en,
      objectives: [
        '{{student}} will do 5 jumping jacks in a row, moving arms and legs together, in 4 of 5 trials.',
        '{{student}} will skip 20 feet with alternating feet in 3 of 5 trials.',
      ],
    },
    es: {
      title: 'Usar los dos lados del cuerpo a la vez',
      baseline:
        '{{student}} hace {{baseline_count}} saltos de tijera seguidos antes de que los brazos y las piernas pierdan el ritmo, y se le dificulta cuando cada mano tiene que hacer algo distinto.',
      condition:
        'Durante la clase de educación física o una sesión de terapia ocupacional, después de ver una demostración',
      behavior:
        'hace un movimiento que usa los dos lados del cuerpo, como saltos de tijera, saltar alternando los pies o brincar la cuerda',
      criterion: '10 veces seguidas con un ritmo parejo en 4 de 5 intentos',
      timeframe: BY_ANNUAL_REVIEW.es,
      measurement: 'Conteos anotados por el terapeuta ocupacional y el maestro de educación física',
      reporting: EACH_GRADING_PERIOD.es,
      objectives: [
        '{{student}} hará 5 saltos de tijera seguidos, moviendo brazos y piernas a la vez, en 4 de 5 intentos.',
        '{{student}} avanzará 20 pies saltando y alternando los pies en 3 de 5 intentos.',
      ],
    },
  },
  {
    id: 'gm-ball-skills',
    area: 'gross_motor',
    keywords: {
      en: ['ball', 'catching', 'throwing', 'recess', 'PE', 'eye-hand coordination'],
      es: ['pelota', 'atrapar', 'lanzar', 'recreo', 'educación física', 'coordinación ojo-mano'],
    },
    en: {
      title: 'Catching and throwing a ball',
      baseline:
        '{{student}} traps a large ball against the chest and catches {{baseline_count}} of 10 tosses from 5 feet away.',
      condition: 'Given an 8-inch playground ball tossed from 6 feet away during PE or recess',
      behavior: 'catches the ball with the hands (not against the chest) and throws it back to a partner',
      criterion: 'catching 8 of 10 tosses in 3 sessions in a row',
      timeframe: BY_ANNUAL_REVIEW.en,
      measurement: 'Data sheets kept by the OT and the PE teacher',
      reporting: EACH_GRADING_PERIOD.en,
      objectives: [
        '{{student}} will catch an 8-inch ball tossed from 4 feet away with the hands in 6 of 10 tosses.',
        '{{student}} will throw a ball overhand to a partner 6 feet away, so the partner can catch it, in 6 of 10 throws.',
      ],
    },
    es: {
      title: 'Atrapar y lanzar una pelota',
      baseline:
        '{{student}} atrapa una pelota grande apretándola contra el pecho y atrapa {{baseline_count}} de 10 lanzamientos desde 5 pies de distancia.',
      condition:
        'Con una pelota de patio de 8 pulgadas, lanzada desde 6 pies de distancia durante la clase de educación física o el recreo',
      behavior: 'atrapa la pelota con las manos (no contra el pecho) y se la lanza de regreso a un compañero',
      criterion: 'atrapando 8 de 10 lanzamientos en 3 sesiones seguidas',
      timeframe: BY_ANNUAL_REVIEW.es,
      measurement: 'Hojas de registro del terapeuta ocupacional y del maestro de educación física',
      reporting: EACH_GRADING_PERIOD.es,
      objectives: [
        '{{student}} atrapará con las manos una pelota de 8 pulgadas lanzada desde 4 pies de distancia en 6 de 10 lanzamientos.',
        '{{student}} lanzará una pelota por encima del hombro a un compañero que está a 6 pies, de modo que la pueda atrapar, en 6 de 10 lanzamientos.',
      ],
    },
  },
  {
    id: 'gm-seated-posture',
    area: 'gross_motor',
    keywords: {
      en: ['posture', 'sitting', 'desk', 'chair', 'core strength', 'footrest'],
      es: ['postura', 'sentarse', 'pupitre', 'silla', 'fuerza del tronco', 'reposapiés'],
    },
    en: {
      title: 'Sitting upright at the desk',
      baseline:
        '{{student}} slumps, leans on the desk or slides down in the chair after about {{baseline_minutes}} minutes of seat work.',
      condition: 'Given a chair and desk at the right height, with the feet supported on the floor or a footrest',
      behavior: 'sits upright with the back against the chair, feet flat and forearms on the desk during seat work',
      criterion: 'for 15 minutes with no more than 1 reminder in 4 of 5 observations',
      timeframe: WITHIN_36_WEEKS.en,
      measurement: 'Timed classroom observations by the OT',
      reporting: EVERY_9_WEEKS.en,
      objectives: [
        '{{student}} will keep an upright seated posture for 8 minutes with no more than 2 reminders in 4 of 5 observations.',
        '{{student}} will set the chair and footrest to the marked position at the start of work time in 4 of 5 opportunities.',
      ],
    },
    es: {
      title: 'Sentarse derecho en el pupitre',
      baseline:
        '{{student}} se encorva, se recarga en el pupitre o se resbala en la silla después de unos {{baseline_minutes}} minutos de trabajo en su asiento.',
      condition: 'Con una silla y un pupitre de la altura adecuada, y los pies apoyados en el piso o en un reposapiés',
      behavior:
        'se sienta derecho, con la espalda contra la silla, los pies planos y los antebrazos sobre el pupitre durante el trabajo en su asiento',
      criterion: 'durante 15 minutos con no más de 1 recordatorio en 4 de 5 observaciones',
      timeframe: WITHIN_36_WEEKS.es,
      measurement: 'Observaciones cronometradas en el salón por el terapeuta ocupacional',
      reporting: EVERY_9_WEEKS.es,
      objectives: [
        '{{student}} mantendrá una buena postura en su asiento durante 8 minutos con no más de 2 recordatorios en 4 de 5 observaciones.',
        '{{student}} acomodará la silla y el reposapiés en la posición marcada al empezar el trabajo en 4 de 5 oportunidades.',
      ],
    },
  },
  {
    id: 'gm-motor-planning',
    area: 'gross_motor',
    keywords: {
      en: ['motor planning', 'obstacle course', 'sequence', 'new movements', 'praxis'],
      es: ['planificación motora', 'circuito', 'obstáculos', 'secuencia', 'movimientos nuevos'],
    },
    en: {
      title: 'Planning and doing a new movement sequence',
      baseline:
        'When shown a new 3-step movement course, {{student}} does {{baseline_steps}} of the 3 steps in order and often stops to ask what comes next.',
      condition: 'Given 1 demonstration and a picture sequence of a 4-step obstacle course',
      behavior:
        'completes the course in order (for example: crawl under, step over, jump into a hoop, walk along a line)',
      criterion: 'doing all 4 steps in order without extra help in 4 of 5 trials',
      timeframe: BY_ANNUAL_REVIEW.en,
      measurement: 'OT session data sheets',
      reporting: EACH_GRADING_PERIOD.en,
      objectives: [
        'Given 1 demonstration and a picture sequence, {{student}} will complete a 2-step course in order in 4 of 5 trials.',
        'Given 1 demonstration and a picture sequence, {{student}} will complete a 3-step course in order in 4 of 5 trials.',
      ],
    },
    es: {
      title: 'Planear y hacer una secuencia de movimientos nueva',
      baseline:
        'Cuando se le muestra un circuito nuevo de 3 pasos, {{student}} hace {{baseline_steps}} de los 3 pasos en orden y muchas veces se detiene a preguntar qué sigue.',
      condition: 'Con 1 demostración y una secuencia de dibujos de un circuito de obstáculos de 4 pasos',
      behavior:
        'completa el circuito en orden (por ejemplo: gatear por debajo, pasar por encima, saltar dentro de un aro y caminar sobre una línea)',
      criterion: 'haciendo los 4 pasos en orden sin ayuda adicional en 4 de 5 intentos',
      timeframe: BY_ANNUAL_REVIEW.es,
      measurement: 'Hojas de registro de las sesiones de terapia ocupacional',
      reporting: EACH_GRADING_PERIOD.es,
      objectives: [
        'Con 1 demostración y una secuencia de dibujos, {{student}} completará en orden un circuito de 2 pasos en 4 de 5 intentos.',
        'Con 1 demostración y una secuencia de dibujos, {{student}} completará en orden un circuito de 3 pasos en 4 de 5 intentos.',
      ],
    },
  },
  {
    id: 'gm-moving-through-school',
    area: 'gross_motor',
    keywords: {
      en: ['hallway', 'stairs', 'lunch tray', 'balance', 'safety', 'body awareness'],
      es: ['pasillo', 'escaleras', 'bandeja', 'equilibrio', 'seguridad', 'conciencia corporal'],
    },
    en: {
      title: 'Moving safely through busy school areas',
      baseline:
        '{{student}} bumps into classmates or objects in the hallway and the lunch line about {{baseline_count}} times per trip, and drops the lunch tray about once a week.',
      condition: 'In hallways, on stairs and in the lunch line during normal passing times',
      behavior:
        'walks through the area carrying materials or a lunch tray, keeping up with the group and without bumping into people or things',
      criterion: 'with no more than 1 bump or drop in 4 of 5 observed trips',
      timeframe: WITHIN_36_WEEKS.en,
      measurement: 'Observation checklist filled in by the OT and classroom staff',
      reporting: EVERY_9_WEEKS.en,
      objectives: [
        '{{student}} will carry a full lunch tray 30 feet to a table without spilling in 4 of 5 trials.',
        '{{student}} will walk in the hallway line keeping an arm’s length from the person ahead in 4 of 5 observed trips.',
      ],
    },
    es: {
      title: 'Moverse con seguridad por las áreas concurridas de la escuela',
      baseline:
        '{{student}} choca con sus compañeros o con objetos en el pasillo y en la fila del almuerzo unas {{baseline_count}} veces en cada recorrido, y se le cae la bandeja del almuerzo más o menos una vez por semana.',
      condition: 'En los pasillos, las escaleras y la fila del almuerzo, durante los cambios de clase normales',
      behavior:
        'camina por el área llevando materiales o la bandeja del almuerzo, al paso del grupo y sin chocar con personas ni cosas',
      criterion: 'con no más de 1 choque o caída de objetos en 4 de 5 recorridos observados',
      timeframe: WITHIN_36_WEEKS.es,
      measurement: 'Lista de cotejo de observación que llenan el terapeuta ocupacional y el personal del salón',
      reporting: EVERY_9_WEEKS.es,
      objectives: [
        '{{student}} llevará una bandeja de almuerzo llena por 30 pies hasta una mesa sin derramar nada en 4 de 5 intentos.',
        '{{student}} caminará en la fila del pasillo dejando la distancia de un brazo con la persona de adelante en 4 de 5 recorridos observados.',
      ],
    },
  },
];
