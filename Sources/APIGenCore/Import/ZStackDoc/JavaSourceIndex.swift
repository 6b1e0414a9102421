import Foundation

/// The Java classes of a ZStack checkout, found by name the way `javac` would find them from a
/// file: nested classes, imports, the same package, then (when unambiguous) anywhere.
///
/// Files are listed once and read only when a class of theirs is asked for.
final class JavaSourceIndex {
    /// A class found: its qualified name (`org.zstack.header.vm.APICreateVmInstanceMsg.DiskAO`),
    /// its declaration and the file it stands in.
    struct Resolved {
        var qualifiedName: String
        var declaration: JavaClass
        var file: JavaFile
        /// The qualified name of the file's top-level class.
        var topLevel: String
    }

    private let root: String
    /// Top-level qualified name -> path relative to `root`.
    private var paths: [String: String] = [:]
    private var bySimpleName: [String: [String]] = [:]
    private var files: [String: JavaFile] = [:]

    /// Lists the `src/main/java` sources below `root` (`javaPaths` relative to it).
    init(root: String, javaPaths: [String]) {
        self.root = root
        for path in javaPaths {
            guard let range = path.range(of: "src/main/java/"), path.hasSuffix(".java") else { continue }
            let qualified = path[range.upperBound...].dropLast(5).replacingOccurrences(of: "/", with: ".")
            if paths[qualified] == nil {
                paths[qualified] = path
                bySimpleName[String(qualified.split(separator: ".").last!), default: []].append(qualified)
            }
        }
    }

    /// The class a qualified name names (`a.b.Outer.Inner` included).
    func lookup(qualified name: String) -> Resolved? {
        let parts = name.split(separator: ".").map(String.init)
        for count in stride(from: parts.count, through: 1, by: -1) {
            let topLevel = parts[..<count].joined(separator: ".")
            guard paths[topLevel] != nil, let file = file(topLevel) else { continue }
            let inner = parts[(count - 1)...].joined(separator: ".")
            guard let declaration = file.classes[inner] else { return nil }
            return Resolved(qualifiedName: name, declaration: declaration, file: file, topLevel: topLevel)
        }
        return nil
    }

    /// The class `name` (as written in source) means inside the class `context`.
    func resolve(_ name: String, from context: Resolved) -> Resolved? {
        resolve(name, in: context.file, topLevel: context.topLevel, enclosing: innerName(of: context))
    }

    /// The class `simpleName` from a documentation file in `package` that imports `imports`.
    func resolve(_ simpleName: String, package: String, imports: [String]) -> Resolved? {
        resolve(simpleName, in: JavaFile(package: package, imports: imports, classes: [:]), topLevel: nil, enclosing: nil)
    }

    private func resolve(_ name: String, in file: JavaFile, topLevel: String?, enclosing: String?) -> Resolved? {
        let first = String(name.split(separator: ".").first ?? Substring(name))
        let rest = name.dropFirst(first.count)
        var candidates: [String] = []
        if let enclosing, let topLevel {
            var scope = enclosing.split(separator: ".").map(String.init)
            while !scope.isEmpty {
                let inner = scope.joined(separator: ".") + "." + first
                if file.classes[inner] != nil {
                    let outer = topLevel.split(separator: ".").dropLast().joined(separator: ".")
                    candidates.append((outer.isEmpty ? "" : outer + ".") + inner)
                }
                scope.removeLast()
            }
        }
        candidates += file.imports.filter { $0.hasSuffix("." + first) }
        candidates.append(file.package.isEmpty ? first : file.package + "." + first)
        candidates += file.imports.filter { $0.hasSuffix(".*") }.map { $0.dropLast() + first }
        candidates.append(name)
        for candidate in candidates {
            if let found = lookup(qualified: candidate + rest) { return found }
        }
        // Elsewhere: the one class of that name, or of several the one whose package shares the
        // most with this file's (ZStack's generated Java SDK repeats many names in org.zstack.sdk).
        guard let named = bySimpleName[first] else { return nil }
        let package = file.package.split(separator: ".")
        let ranked = named.map { candidate in
            (candidate, zip(candidate.split(separator: ".").dropLast(), package).prefix { $0 == $1 }.count)
        }.sorted { $0.1 > $1.1 }
        guard ranked.count == 1 || ranked[0].1 > ranked[1].1 else { return nil }
        return lookup(qualified: ranked[0].0 + rest)
    }

    /// The field `name` of `owner` or of its nearest superclass that declares it, with the class
    /// that declares it (the context its type's names are resolved in).
    func field(_ name: String, of owner: Resolved) -> (type: JavaType, declaredIn: Resolved)? {
        var current: Resolved? = owner
        var visited: Set<String> = []
        // A reply's REST field may have another name than its Java field (`@RestResponse(fieldsTo = {"types=l2NetworkTypes"})`).
        let renamed = owner.declaration.strings("RestResponse", "fieldsTo").lazy.compactMap { mapping -> String? in
            let parts = mapping.split(separator: "=", maxSplits: 1)
            return parts.count == 2 && parts[0] == name ? String(parts[1]) : nil
        }.first
        let name = renamed ?? name
        while let type = current, visited.insert(type.qualifiedName).inserted {
            if let field = type.declaration.field(name) { return (field, type) }
            guard let superclass = type.declaration.superclass else { return nil }
            current = resolve(superclass, from: type)
        }
        return nil
    }

    /// The name of a resolved class within its file (`Outer.Inner`).
    func innerName(of resolved: Resolved) -> String {
        let outer = resolved.topLevel.split(separator: ".").dropLast().joined(separator: ".")
        return outer.isEmpty ? resolved.qualifiedName : String(resolved.qualifiedName.dropFirst(outer.count + 1))
    }

    private func file(_ topLevel: String) -> JavaFile? {
        if let file = files[topLevel] { return file }
        guard let path = paths[topLevel], let bytes = FileBytes.read(root + "/" + path) else { return nil }
        let file = JavaDeclarationScanner.scan(String(decoding: bytes, as: UTF8.self))
        files[topLevel] = file
        return file
    }
}
