export { startFakeModelServer, openAiStream, ollamaStream, type FakeModelServer, type FakeReply, type RecordedRequest } from './fake-model-server.ts';
export { answersFor, schemaNameOf, sampleInput } from './deliverable-answers.ts';
