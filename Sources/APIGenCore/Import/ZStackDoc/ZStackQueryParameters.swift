/// The query parameters of `APIQueryMessage`'s APIs as ZStack's REST server reads them
/// (`RestServer.handleApi`, "a query with conditions"), which is not how its doc names them:
/// the doc's `conditions` travel as repeated `q=name<op>value`, `sortBy` and `sortDirection`
/// as one `sort=+name` or `sort=-name`, and `fields` as one comma-separated value (the server
/// reads only the first `fields`).
enum ZStackQueryParameters {
    /// `columns` with the query message's parameters renamed and retyped for the wire; the
    /// doc's descriptions are kept.
    static func onTheWire(_ columns: [ZStackDocPage.Parameter]) -> [ZStackDocPage.Parameter] {
        let sortDirection = columns.first { $0.name == "sortDirection" }
        return columns.compactMap { column in
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
}
