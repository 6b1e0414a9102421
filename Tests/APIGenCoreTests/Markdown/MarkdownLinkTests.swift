import APIGenCore
import Foundation
import Testing

/// Every relative link in the docs leads to a page that exists, and every `#anchor` to a
/// heading of that page, with anchors computed the way GitHub computes them.
@Suite struct MarkdownLinkTests {
    @Test func checkedInDocsLinksResolve() throws {
        let folder = TestPaths.packageRoot.appendingPathComponent("docs/api")
        let paths = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".md") }
        #expect(!paths.isEmpty)
        var pages: [String: String] = [:]
        for path in paths {
            pages[path] = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
        }
        Self.expectLinksResolve(in: pages)
    }

    @Test(arguments: ["features", "hostile"])
    func fixtureLinksResolve(fixture: String) throws {
        let specs = fixture == "features" ? MarkdownFixtureSpecs.features : MarkdownFixtureSpecs.hostile
        Self.expectLinksResolve(in: try MarkdownTestSupport.emit(MarkdownTestSupport.model(specs)))
    }

    @Test func fixtureLinksIncludeCategoryAnchors() throws {
        let pages = try MarkdownTestSupport.emit(MarkdownTestSupport.model(MarkdownFixtureSpecs.hostile))
        let page = try #require(pages["en/endpoints/EvilEndpoint.md"])
        let anchors = MarkdownPageReader.linkDestinations(page).filter { $0.contains("#") }
        // The breadcrumb repeats a category name: GitHub numbers the second heading.
        #expect(anchors == ["../index.md#cat--one", "../index.md#sub-ixi", "../index.md#cat--one-1"])
    }

    /// Resolves each relative link of `pages` (path -> Markdown) against the page set.
    static func expectLinksResolve(in pages: [String: String], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let anchors = pages.mapValues { Set(MarkdownPageReader.githubAnchors(of: $0)) }
        var checked = 0
        for (path, page) in pages.sorted(by: { $0.key < $1.key }) {
            for destination in MarkdownPageReader.linkDestinations(page) {
                if destination.contains("://") || destination.hasPrefix("mailto:") { continue }
                checked += 1
                let parts = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let target = parts[0].isEmpty ? path : resolve(parts[0].removingPercentEncoding ?? parts[0], from: path)
                guard let targetAnchors = anchors[target] else {
                    Issue.record("\(path): link \(destination) leads to \(target), which does not exist", sourceLocation: sourceLocation)
                    continue
                }
                if parts.count == 2 {
                    let anchor = parts[1].removingPercentEncoding ?? parts[1]
                    #expect(targetAnchors.contains(anchor), "\(path): no heading #\(anchor) in \(target) (it has \(targetAnchors.sorted()))", sourceLocation: sourceLocation)
                }
            }
        }
        #expect(checked > 0, sourceLocation: sourceLocation)
    }

    /// `relative` seen from the page at `page`, as a path below the docs folder.
    static func resolve(_ relative: String, from page: String) -> String {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for part in relative.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() } else { return "../" + relative }
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }
}
