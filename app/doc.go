// Package app is Nutgraf's user interface: go-app components that take an
// article, send it to the analysis engine running in a Web Worker (see
// Bridge), and draw the Analysis it returns. The page never analyzes text
// itself and imports only nlp/schema, so the models are downloaded once, in
// the engine.
//
// Components talk through go-app states and actions: the Page owns the
// bridge and publishes the engine's Status and each new Doc; components
// observe what they draw and post actions for what they ask.
package app
