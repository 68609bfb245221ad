import { ExtractionError, ExtractionRejected } from '@statex/files';
import { describe, expect, it } from 'vitest';
import { condensedDocumentsNotice, extractionNotice, failureReasonText, shownFileName, stageText } from './customer-text.ts';
import { PipelineFailure } from './pipeline-failure.ts';

describe('customer text', () => {
  it('writes stage lines in the request’s locale', () => {
    expect(stageText('cs', 'received')).toBe('Zadání přijato');
    expect(stageText('ar', 'published')).toBe('تم نشر النموذج الأولي');
    expect(stageText('xx', 'published')).toBe('Prototype published');
  });

  it('tells a failure by its catalogue reason, a file by its name, and hides errors of ours', () => {
    expect(failureReasonText('de', new PipelineFailure('the brief is no longer available', { reason: 'reasonBriefMissing' }))).toBe('das Briefing ist nicht mehr verfügbar');
    expect(failureReasonText('pl', new PipelineFailure('crashed 3 times', { cause: 'input', reason: 'reasonCrashes', values: { count: 3 } }))).toBe(
      'przetwarzanie tego zlecenia 3 razy zatrzymało usługę, więc nie ponowiliśmy próby',
    );
    expect(failureReasonText('fr', new ExtractionError('pdf-damaged', 'devis.pdf', 'damaged'))).toBe('le fichier « devis.pdf » n’a pas pu être lu');
    const internal = failureReasonText('es', new Error('connect ECONNREFUSED 10.0.0.5:5432'));
    expect(internal).toBe('un error interno detuvo el procesamiento; nuestro equipo ya está avisado');
    expect(internal).not.toContain('ECONNREFUSED');
  });

  it('explains an unreadable file in the customer’s language, by what went wrong', () => {
    expect(extractionNotice('cs', new ExtractionError('pdf-password-protected', 'ceník.pdf', 'x'))).toMatch(/^Soubor „ceník\.pdf“ se nepodařilo přečíst: PDF je chráněné heslem\./);
    expect(extractionNotice('de', new ExtractionRejected('zip-ratio', 'bomb.docx'))).toMatch(/^„bomb\.docx“ konnte nicht gelesen werden: Die Datei ist zu komplex/);
  });

  it('lists condensed documents as the locale lists things', () => {
    // Czech joins the last item with "a" (and a no-break space after it).
    expect(condensedDocumentsNotice('cs', ['a.pdf', 'b.docx', 'c.txt'])).toMatch(/^Dlouhé dokumenty jsme před předáním modelu AI zkrátili na jejich požadavky: a\.pdf, b\.docx a\s+c\.txt\.$/);
    expect(condensedDocumentsNotice('en', ['a.pdf', 'b.docx'])).toBe('Long documents were condensed to their statements of need before the AI model read them: a.pdf and b.docx.');
  });

  it('shows file names without control or direction characters, shortened when long', () => {
    expect(shownFileName('invoice\u202Efdp.exe')).toBe('invoice?fdp.exe');
    expect(shownFileName('a\nb')).toBe('a?b');
    const long = shownFileName(`${'x'.repeat(100)}.pdf`);
    expect([...long]).toHaveLength(80);
    expect(long.endsWith('.pdf')).toBe(true);
  });
});
