import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment/model.ts';
import { localize } from '../../domain/framework/localize.ts';
import type { Framework } from '../../domain/framework/schema.ts';
import { itemsById } from '../../domain/framework/statements.ts';
import { reviewIcs } from '../../domain/plan/ics.ts';
import type { Plan } from '../../domain/plan/planTypes.ts';
import { downloadText, fileNameFor } from '../../ui/download.ts';
import { hrefFor } from '../../ui/routes.ts';

/** "Add to calendar": the review date as an .ics file made here, with the link to rate again. */
export function CalendarButton({
  a,
  fw,
  plan,
  audience,
}: {
  a: Assessment;
  fw: Framework;
  plan: Plan;
  audience: string;
}) {
  const { t, i18n } = useTranslation('plan');
  const [asked, setAsked] = useState(false);
  const add = () => {
    setAsked(true);
    if (!plan.reviewDate) return;
    const items = itemsById(fw);
    const lines = plan.items.map((i) => {
      const item = items.get(i.itemId);
      const text = item ? localize(item.text, i18n.language, fw.sourceLanguage).text : i.itemId;
      return `- ${text}${i.action ? `: ${i.action}` : ''}`;
    });
    const url = `${window.location.href.split('#')[0]}${hrefFor.rateAgain(a.id)}`;
    const ics = reviewIcs({
      uid: `${a.id}-plan-review@competency-self-assessment`,
      date: plan.reviewDate,
      now: Date.now(),
      summary: t('calendar.summary', { context: audience, title: a.title }),
      description: [t('calendar.description', { context: audience }), ...lines].join('\n'),
      url,
    });
    downloadText(fileNameFor(a.title, 'ics', t('calendar.fileSuffix')), ics, 'text/calendar;charset=utf-8');
  };
  return (
    <>
      <button type="button" className="button primary" onClick={add} aria-describedby="plan-calendar-status">
        {t('calendar.add')}
      </button>
      <span id="plan-calendar-status" role="status" className="hint">
        {asked && !plan.reviewDate ? t('calendar.needsDate') : ''}
      </span>
    </>
  );
}
