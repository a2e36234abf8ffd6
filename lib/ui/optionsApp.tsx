/** The options page: the corrections store, feeds, sites and preferences. */
import { useEffect, useState } from 'preact/hooks';
import { strings } from '../i18n/strings';
import { sendMessage } from '../messages';
import type { Lang } from '../schema/correction';
import type { ListResult } from '../store/types';

export function OptionsApp({ lang }: { lang: Lang }) {
  const t = strings(lang);
  const [list, setList] = useState<ListResult | null>(null);
  useEffect(() => {
    void sendMessage('listCorrections', {}).then(setList);
  }, []);
  return (
    <main class="options">
      <h1>{t.appName}</h1>
      {list && <p>{t.storeCount(list.total)}</p>}
    </main>
  );
}
