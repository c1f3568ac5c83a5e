import CLibXML2
import Foundation
import PartnerRegistry

/// What `XMLEventParser` reports, in document order, with the parser's
/// position (the end of what was just read, as Foundation's `XMLParser`
/// gives it).
protocol XMLEventHandler: AnyObject {
    func start(_ name: String, attributes: [String: String], at position: XMLEventParser.Position)
    func end(_ name: String, at position: XMLEventParser.Position)
    func characters(_ text: String)
    /// A reference to a declared entity other than the five predefined
    /// ones: never expanded, so its text is not in the document.
    func entityReference(_ name: String, external: Bool, at position: XMLEventParser.Position)
    /// Whether to stop parsing (enough problems found).
    var isDone: Bool { get }
}

/// One pass of libxml2's SAX2 parser over a document in memory.
///
/// Options: `XML_PARSE_HUGE` (any size that fits in memory, text nodes and
/// attribute values over 10 MB included) and `XML_PARSE_NONET`; neither
/// `NOENT` nor `DTDLOAD`, an entity resolver that resolves nothing, and
/// entity declarations kept from libxml2 (`entityDecl`, `getEntity`): no
/// entity is expanded, parsed or fetched (a "billion laughs" file costs
/// its size), a reference is reported to the handler, and no external DTD
/// is read.
///
/// The C parser context, its document (libxml2 keeps the DTD's entity
/// declarations there) and the handler's box live only inside `parse`.
enum XMLEventParser {
    struct Position: Equatable {
        var line: Int
        var column: Int
    }

    /// The first error libxml2 reports (fatal, or XML 1.1's warning, which
    /// is refused too): its code and position, and what it means in words.
    struct Failure: Equatable {
        var code: Int
        var position: Position
        var message: String
        /// libxml2 stopping at an entity the handler was just told of
        /// (it is "undeclared" to libxml2): nothing more to report.
        var isEntityEcho = false
    }

    /// The handler and the first failure, reached from the callbacks
    /// through the context's `_private` pointer.
    private final class Box {
        let handler: any XMLEventHandler
        var failure: Failure?
        /// The document's context. libxml2 parses an entity's text once, to
        /// check it, in a context of its own that shares the callbacks:
        /// what it finds there is not in the document, and its positions
        /// are in the entity's text.
        var document: xmlParserCtxtPtr?
        /// The general entities the DTD declares, by name: whether external.
        /// Kept here, not given to libxml2, which therefore never expands one.
        var entities: [String: Bool] = [:]
        /// Set when a reference was reported, for the error that follows it.
        var reportedReference = false
        init(_ handler: any XMLEventHandler) { self.handler = handler }
    }

    private static let setUp: Void = xmlInitParser()

    /// Parses `data`, calling `handler`; returns the first failure, if any.
    static func parse(_ data: Data, handler: any XMLEventHandler) -> Failure? {
        _ = setUp
        guard data.count < Int(Int32.max) else {
            return Failure(code: 0, position: Position(line: 1, column: 1),
                           message: "the file is larger than 2 GB, more than the XML reader takes")
        }
        guard !data.isEmpty else {
            return Failure(code: 4, position: Position(line: 1, column: 1), message: words(4) ?? "")
        }
        let box = Box(handler)
        return data.withUnsafeBytes { raw -> Failure? in
            let bytes = raw.bindMemory(to: CChar.self)
            guard let base = bytes.baseAddress, let ctxt = xmlCreateMemoryParserCtxt(base, Int32(bytes.count)) else {
                return Failure(code: 2, position: Position(line: 1, column: 1), message: "out of memory")
            }
            defer {
                if let doc = ctxt.pointee.myDoc { xmlFreeDoc(doc) }
                ctxt.pointee.myDoc = nil
                xmlFreeParserCtxt(ctxt)
            }
            var sax = xmlSAXHandler()
            xmlSAXVersion(&sax, 2)
            sax.startElementNs = startElement
            sax.endElementNs = endElement
            sax.characters = characters
            sax.cdataBlock = characters
            sax.ignorableWhitespace = characters
            sax.getEntity = getEntity
            sax.entityDecl = entityDecl
            sax.reference = nil
            sax.resolveEntity = { _, _, _ in nil }
            sax.externalSubset = nil
            sax.comment = nil
            sax.processingInstruction = nil
            sax.startElement = nil
            sax.endElement = nil
            sax.warning = nil
            sax.error = nil
            sax.fatalError = nil
            sax.serror = structuredError
            ctxt.pointee.sax.pointee = sax
            _ = xmlCtxtUseOptions(ctxt, Int32(XML_PARSE_HUGE.rawValue | XML_PARSE_NONET.rawValue))
            ctxt.pointee._private = Unmanaged.passUnretained(box).toOpaque()
            box.document = ctxt
            _ = withExtendedLifetime(box) { xmlParseDocument(ctxt) }
            return box.failure
        }
    }

    // MARK: Callbacks (C function pointers: no captures)

    /// The context and box of a callback's `ctx`; nil inside an entity's
    /// own context (see `Box.document`), whose events are not the document's.
    private static func context(_ ctx: UnsafeMutableRawPointer?) -> (xmlParserCtxtPtr, Box)? {
        guard let ctx else { return nil }
        let ctxt = ctx.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let boxPointer = ctxt.pointee._private else { return nil }
        let box = Unmanaged<Box>.fromOpaque(boxPointer).takeUnretainedValue()
        return box.document == ctxt ? (ctxt, box) : nil
    }

    private static func position(_ ctxt: xmlParserCtxtPtr) -> Position {
        guard let input = ctxt.pointee.input else { return Position(line: 1, column: 1) }
        return Position(line: max(1, Int(input.pointee.line)), column: max(1, Int(input.pointee.col)))
    }

    private static func text(_ p: UnsafePointer<xmlChar>?) -> String {
        p.map { String(cString: $0) } ?? ""
    }

    private static func stopIfDone(_ ctxt: xmlParserCtxtPtr, _ box: Box) {
        if box.handler.isDone || box.failure != nil { xmlStopParser(ctxt) }
    }

    private static let startElement: startElementNsSAX2Func = {
        ctx, localname, _, _, _, _, count, _, attributes in
        guard let (ctxt, box) = context(ctx), box.failure == nil else { return }
        var values: [String: String] = [:]
        if let attributes {
            // Five pointers per attribute: name, prefix, URI, value, end of value.
            for i in 0 ..< Int(count) {
                guard let name = attributes[5 * i], let start = attributes[5 * i + 3],
                      let end = attributes[5 * i + 4] else { continue }
                let value = UnsafeBufferPointer(start: start, count: end - start)
                values[String(cString: name)] = String(decoding: value, as: UTF8.self)
            }
        }
        box.handler.start(text(localname), attributes: values, at: position(ctxt))
        stopIfDone(ctxt, box)
    }

    private static let endElement: endElementNsSAX2Func = { ctx, localname, _, _ in
        guard let (ctxt, box) = context(ctx), box.failure == nil else { return }
        box.handler.end(text(localname), at: position(ctxt))
        stopIfDone(ctxt, box)
    }

    private static let characters: charactersSAXFunc = { ctx, bytes, count in
        guard let (_, box) = context(ctx), box.failure == nil, let bytes, count > 0 else { return }
        box.handler.characters(String(decoding: UnsafeBufferPointer(start: bytes, count: Int(count)), as: UTF8.self))
    }

    /// Entity declarations are noted in the box, not stored in libxml2's
    /// document: then libxml2 can neither expand nor parse nor fetch one
    /// (its own lookup finds nothing either), and a "billion laughs" file
    /// costs no more than its size.
    private static let entityDecl: entityDeclSAXFunc = { ctx, name, type, _, _, _ in
        guard let (_, box) = context(ctx), let name else { return }
        switch xmlEntityType(UInt32(type)) {
        case XML_INTERNAL_GENERAL_ENTITY: box.entities[String(cString: name)] = false
        case XML_EXTERNAL_GENERAL_PARSED_ENTITY, XML_EXTERNAL_GENERAL_UNPARSED_ENTITY:
            box.entities[String(cString: name)] = true
        default: break
        }
    }

    /// A reference to a declared entity in the document is reported to the
    /// handler; libxml2 then stops at it as undeclared.
    private static let getEntity: getEntitySAXFunc = { ctx, name in
        guard let (ctxt, box) = context(ctx), let name, ctxt.pointee.inSubset == 0,
              let external = box.entities[String(cString: name)] else { return nil }
        box.handler.entityReference(String(cString: name), external: external, at: position(ctxt))
        box.reportedReference = true
        return nil
    }

    private static let structuredError: xmlStructuredErrorFunc = { ctx, error in
        // An error in an entity's text is the document's, at the reference.
        guard let ctx, let error,
              let boxPointer = ctx.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private else { return }
        let box = Unmanaged<Box>.fromOpaque(boxPointer).takeUnretainedValue()
        guard let ctxt = box.document, box.failure == nil else { return }
        let inEntity = ctx.assumingMemoryBound(to: xmlParserCtxt.self) != ctxt
        let code = Int(error.pointee.code)
        // Fatal errors, and XML 1.1 (a warning to libxml2): other errors
        // and warnings (namespace prefixes not declared, …) are recovered.
        guard error.pointee.level == XML_ERR_FATAL || code == Int(XML_WAR_UNKNOWN_VERSION.rawValue) else { return }
        let detail = error.pointee.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
        box.failure = Failure(
            code: code,
            position: inEntity ? position(ctxt)
                : Position(line: max(1, Int(error.pointee.line)), column: max(1, Int(error.pointee.int2))),
            message: words(code) ?? "libxml2 error \(code)\(detail.isEmpty ? "" : ": \(detail)")",
            isEntityEcho: box.reportedReference && code == Int(XML_ERR_UNDECLARED_ENTITY.rawValue))
        xmlStopParser(ctxt)
    }

    /// What a libxml2 error code a user can meet means, in words.
    static func words(_ code: Int) -> String? {
        switch code {
        case 4: "the document is empty"
        case 5: "the document does not end where it should (a tag left open, or text after the end)"
        case 8, 10, 11, 12, 13: "a character reference (&#…;) that is not a character XML allows"
        case 9: "a character that XML does not allow"
        case 23: "an entity reference without its ';'"
        case 26, 27: "an undeclared entity (write & as &amp;)"
        case 28, 29: "an external entity is not read (it would fetch another file or address)"
        case 32, 79, 81: "an encoding that is not supported or does not match the text"
        case 38: "a '<' inside an attribute value"
        case 39: "an attribute value without its opening quote"
        case 40: "an attribute value without its closing quote"
        case 41: "an attribute without a value"
        case 42: "an attribute given twice"
        case 45: "a comment that is not closed with -->"
        case 63: "a CDATA section that is not closed with ]]>"
        case 65: "a space is missing"
        case 68: "a name is missing"
        case 73: "'>' is missing"
        case 76: "a closing tag that does not match the open one"
        case 77: "the file ends inside a tag"
        case 89: "entity expansion refused (entities that expand to ever more text, as in a 'billion laughs' file)"
        case 96: "the XML declaration has no version"
        case 97, 108: "XML 1.1 is not supported (only XML 1.0)"
        default: nil
        }
    }
}
