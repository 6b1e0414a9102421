/// The query parameters of `APIQueryMessage`'s APIs as ZStack's REST server reads them
/// (`RestServer.handleApi`, "a query with conditions"), which is not how its doc names them:
/// the doc's `conditions` travel as repeated `q=name<op>value`, `sortBy` and `sortDirection`
/// as one `sort=+name` or `sort=-name`, and `fields` as one comma-separated value (the server
/// reads only the first `fields`).
enum ZStackQueryParameters {
    /// `columns` with the query message's parameters renamed and retyped for the wire; the
    /// doc's descriptions are kept.
    ///
    /// The server reads `limit`, `start` and `replyWithCount` of every query, which the paging
    /// convention of the imported `api.yaml` (`api.queries`) relies on: a doc that does not list one
    /// gets it, with the description of ZStack's own `APIQueryMessage` doc, declared at `location`.
    static func onTheWire(_ columns: [ZStackDocPage.Parameter], at location: SourceLocation) -> [ZStackDocPage.Parameter] {
        let sortDirection = columns.first { $0.name == "sortDirection" }
        let missing = pagingParameters.filter { name, _, _ in !columns.contains { $0.name == name } }.map { name, type, description in
            ZStackDocPage.Parameter(
                name: name, description: description, location: "query", type: type, enclosedIn: "", isOptional: true, since: nil, values: [],
                declaredAt: location)
        }
        return (columns + missing).compactMap { column in
            var column = column
            switch column.name {
            case "conditions":
                column.name = "q"
                column.wireType = "List<String>"
                column.isOptional = true
            case "sortBy":
                column.name = "sort"
                column.type = "String"
                let direction = sortDirection.map { ZStackEndpointMapper.text($0.description) } ?? ""
                column.description = [ZStackEndpointMapper.text(column.description), direction, "以`+字段名`（升序）或`-字段名`（降序）传递。"]
                    .filter { !$0.isEmpty }.joined(separator: "\n\n")
            case "sortDirection":
                return nil
            case "fields":
                column.type = "String"
                column.description = ZStackEndpointMapper.text(column.description) + "\n\n多个字段以逗号分隔。"
            default:
                break
            }
            return column
        }
    }

    /// The paging parameters of every query: name, Java type, and the description of ZStack's `APIQueryMessage` doc.
    static let pagingParameters: [(name: String, type: String, description: String)] = [
        ("limit", "Integer", "最多返回的记录数，类似MySQL的limit，默认值1000"),
        ("start", "Integer", "起始查询记录位置，类似MySQL的offset。跟`limit`配合使用可以实现分页"),
        ("replyWithCount", "Boolean", "见上面[分页查询](#query-pagination)"),
    ]
}
