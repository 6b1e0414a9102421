/// Everything the importer reads from a ZStack checkout: every `*Doc_zh_cn.groovy` file, read,
/// and the Java sources beside them.
struct ZStackDocCorpus {
    /// An API page and the file it comes from.
    struct Page {
        var page: ZStackDocPage
        var file: DocFile
    }

    /// Where a documentation file is and what it imports (its names resolve through them).
    struct DocFile {
        /// The checkout's path as given, then the file's path in it: as diagnostics print it.
        var path: String
        /// The file's path in the checkout, as the specs' headers name it.
        var pathInCheckout: String
        var package: String
        var imports: [String]
        /// The class the file documents: its name without `Doc_zh_cn.groovy`.
        var className: String

        var qualifiedClassName: String { package.isEmpty ? className : package + "." + className }
    }

    var pages: [Page] = []
    /// Reply, event and inventory docs by the qualified name of the class they document.
    var classDocs: [String: (doc: ZStackClassDoc, file: DocFile)] = [:]
    /// The qualified names of documented classes by simple name.
    var classDocsBySimpleName: [String: [String]] = [:]
    /// Parameters documented once for the pages that write `params ThatClass.class`, by class name.
    var sharedParameters: [String: [ZStackDocPage.Parameter]] = [:]
    var java: JavaSourceIndex
    /// How many documentation files were read.
    var fileCount = 0

    static let docSuffix: StaticString = "Doc_zh_cn.groovy"

    /// Reads the checkout at `root`; diagnostics are the files that do not read (errors) and a
    /// checkout with no documentation at all.
    static func read(root: String, displayRoot: String) -> (corpus: ZStackDocCorpus?, diagnostics: [Diagnostic]) {
        guard
            let listing = FolderWalk.files(in: root, including: { name in
                Self.hasSuffix(name, ".java") || Self.hasSuffix(name, Self.docSuffix)
            })
        else {
            return (nil, [Diagnostic(.zstackCheckoutWithoutDocs(displayRoot), at: SourceLocation(file: displayRoot, line: 1, column: 1))])
        }
        let paths = listing.paths.sorted()
        let docPaths = paths.filter { $0.hasSuffix("\(docSuffix)") }
        guard !docPaths.isEmpty else {
            return (nil, [Diagnostic(.zstackCheckoutWithoutDocs(displayRoot), at: SourceLocation(file: displayRoot, line: 1, column: 1))])
        }
        var corpus = ZStackDocCorpus(java: JavaSourceIndex(root: root, javaPaths: paths.filter { $0.hasSuffix(".java") }))
        let prefix = displayRoot.isEmpty || displayRoot == "." ? "" : (displayRoot.hasSuffix("/") ? displayRoot : displayRoot + "/")
        let documents = ParallelMap.map(count: docPaths.count, parallelism: ParallelMap.defaultParallelism) {
            index -> Result<GroovyDocument, GroovyReadError> in
            let path = docPaths[index]
            let text = FileBytes.read(root + "/" + path).map { String(decoding: $0, as: UTF8.self) } ?? ""
            return Result { () throws(GroovyReadError) in try GroovyDocumentReader.read(text, path: prefix + path) }
        }
        var diagnostics: [Diagnostic] = []
        for (path, document) in zip(docPaths, documents) {
            corpus.fileCount += 1
            switch document {
            case .failure(let error): diagnostics.append(error.diagnostic)
            case .success(let document): corpus.add(document, path: path, prefix: prefix)
            }
        }
        return (corpus, diagnostics)
    }

    private mutating func add(_ document: GroovyDocument, path: String, prefix: String) {
        let name = String(path.split(separator: "/").last!.dropLast(Self.docSuffix.utf8CodeUnitCount))
        let file = DocFile(path: prefix + path, pathInCheckout: path, package: document.package ?? "", imports: document.imports, className: name)
        if let page = ZStackDocPage.read(document) {
            if page.urls.isEmpty && page.requestClass == nil {
                // A page that only documents parameters for others (`APIQueryMessage`).
                sharedParameters[name] = ZStackDocPage.sharedParameters(document) ?? []
            } else {
                pages.append(Page(page: page, file: file))
            }
        } else if let doc = ZStackClassDoc.read(document) {
            classDocs[file.qualifiedClassName] = (doc, file)
            classDocsBySimpleName[name, default: []].append(file.qualifiedClassName)
        }
    }

    private static func hasSuffix(_ name: UnsafeBufferPointer<UInt8>, _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard name.count >= count else { return false }
        return suffix.withUTF8Buffer { suffixBytes in
            name[(name.count - count)...].elementsEqual(suffixBytes)
        }
    }
}
