import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { dateTimeFormat, type DataPointView, type GoalMeasure, type MeasureScale } from '@iep/shared';
import { formatDate } from '../../lib/format';
import { CHART, chartModel } from './chartModel';
import { scaleText } from './format';

/** "Nov 2" / "2 nov": the axis has room for a short date only. */
const shortDate = (iso: string, language: string): string =>
  dateTimeFormat(language, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/** Colours with at least 4.5:1 against white, told apart by dash pattern as well as colour. */
const COLOURS = { points: '#1f4e8c', trend: '#a3361f', criterion: '#1d6b35', baseline: '#595959', grid: '#d9d9d9' };

interface GoalChartProps {
  points: DataPointView[];
  measure: GoalMeasure;
  scale: MeasureScale;
  /** "Goal 2", for the chart's accessible name. */
  goalLabel: string;
}

/** One goal's data as an SVG chart: the results, the least-squares trend, the criterion and the baseline. */
export function GoalChart({ points, measure, scale, goalLabel }: GoalChartProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const m = chartModel(points, measure, scale);
  const date = (d: string) => formatDate(d, i18n.language);
  const last = m.points[m.points.length - 1];
  const first = m.points[0];
  const summary =
    first && last
      ? t('goalData.chart.summary', {
          count: m.points.length,
          from: date(first.date),
          to: date(last.date),
          latest: scaleText(t, scale, last.value),
        })
      : t('goalData.chart.noPoints');
  const trendWords = m.trend
    ? t('goalData.chart.trendText', { from: scaleText(t, scale, m.trend.from), to: scaleText(t, scale, m.trend.to) })
    : '';

  return (
    <figure style={{ margin: 0 }} data-testid="goal-chart" data-scale={scale}>
      <svg
        viewBox={`0 0 ${CHART.width} ${CHART.height}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        style={{ maxWidth: 640, display: 'block' }}
      >
        <title id={`${id}-title`}>{t('goalData.chart.title', { goal: goalLabel })}</title>
        <desc id={`${id}-desc`}>{`${summary} ${trendWords}`.trim()}</desc>
        {m.yTicks.map((tick) => (
          <g key={tick.value}>
            <line x1={CHART.left} x2={CHART.width - CHART.right} y1={tick.y} y2={tick.y} stroke={COLOURS.grid} />
            <text x={CHART.left - 6} y={tick.y + 4} textAnchor="end" fontSize="14" fill="#333">
              {scaleText(t, scale, tick.value)}
            </text>
          </g>
        ))}
        {m.xLabels.map((l, i) => (
          <text
            key={l.date}
            x={l.x}
            y={CHART.height - 12}
            textAnchor={m.xLabels.length === 1 ? 'middle' : i === 0 ? 'start' : 'end'}
            fontSize="14"
            fill="#333"
          >
            {shortDate(l.date, i18n.language)}
          </text>
        ))}
        {m.baseline && (
          <line
            data-testid="chart-baseline"
            data-value={m.baseline.value}
            x1={CHART.left}
            x2={CHART.width - CHART.right}
            y1={m.baseline.y}
            y2={m.baseline.y}
            stroke={COLOURS.baseline}
            strokeWidth={2}
            strokeDasharray="2 4"
          />
        )}
        {m.criterion && (
          <line
            data-testid="chart-criterion"
            data-value={m.criterion.value}
            x1={CHART.left}
            x2={CHART.width - CHART.right}
            y1={m.criterion.y}
            y2={m.criterion.y}
            stroke={COLOURS.criterion}
            strokeWidth={2}
          />
        )}
        {m.trend && (
          <line
            data-testid="chart-trend"
            data-from={m.trend.from.toFixed(2)}
            data-to={m.trend.to.toFixed(2)}
            x1={m.trend.x1}
            y1={m.trend.y1}
            x2={m.trend.x2}
            y2={m.trend.y2}
            stroke={COLOURS.trend}
            strokeWidth={2}
            strokeDasharray="8 5"
          />
        )}
        {m.points.map((p) => (
          <circle
            key={p.id}
            data-testid="chart-point"
            data-date={p.date}
            data-value={p.value}
            data-pending={p.pending || undefined}
            cx={p.cx}
            cy={p.cy}
            r={5}
            fill={p.pending ? 'white' : COLOURS.points}
            stroke={COLOURS.points}
            strokeWidth={2}
          >
            <title>
              {`${date(p.date)}: ${scaleText(t, scale, p.value)}${p.pending ? ` (${t('goalData.pending')})` : ''}`}
            </title>
          </circle>
        ))}
      </svg>
      <figcaption>
        <ul aria-label={t('goalData.chart.legend')} className="goal-chart-legend" style={legendList}>
          <LegendItem colour={COLOURS.points} dot label={t('goalData.chart.points')} />
          {m.points.some((p) => p.pending) && (
            <LegendItem colour={COLOURS.points} dot hollow label={t('goalData.chart.pending')} />
          )}
          {m.trend && <LegendItem colour={COLOURS.trend} dash="8 5" label={t('goalData.chart.trend')} />}
          {m.criterion && (
            <LegendItem
              colour={COLOURS.criterion}
              label={t('goalData.chart.criterion', { value: scaleText(t, scale, m.criterion.value) })}
            />
          )}
          {m.baseline && (
            <LegendItem
              colour={COLOURS.baseline}
              dash="2 4"
              label={t('goalData.chart.baseline', { value: scaleText(t, scale, m.baseline.value) })}
            />
          )}
        </ul>
      </figcaption>
    </figure>
  );
}

const legendList = {
  listStyle: 'none',
  padding: 0,
  margin: '4px 0 0',
  display: 'flex',
  flexWrap: 'wrap',
  gap: '4px 16px',
} as const;

interface LegendItemProps {
  colour: string;
  label: string;
  dash?: string;
  dot?: boolean;
  hollow?: boolean;
}

function LegendItem({ colour, label, dash, dot, hollow }: LegendItemProps) {
  return (
    <li style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
      <svg width="28" height="12" aria-hidden="true" focusable="false">
        {dot ? (
          <circle cx="14" cy="6" r="4" fill={hollow ? 'white' : colour} stroke={colour} strokeWidth={2} />
        ) : (
          <line x1="0" x2="28" y1="6" y2="6" stroke={colour} strokeWidth={2} strokeDasharray={dash} />
        )}
      </svg>
      <span>{label}</span>
    </li>
  );
}
