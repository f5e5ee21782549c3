import XMLStream

/// A handler that may need its parser (to skip an element, or to stop).
protocol DeckXMLHandler: XMLEventHandler {
    var parser: XMLPushParser? { get set }
}
