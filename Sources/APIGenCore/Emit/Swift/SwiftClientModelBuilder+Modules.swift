/// The umbrella file and `MODULES.md` of a client split per category.
extension SwiftClientModelBuilder {
    func modulesModel(_ split: SwiftModuleSplit) -> SwiftModulesModel {
        var typeCounts: [String: Int] = [:]
        for type in model.types { typeCounts[split.module(ofType: type.name), default: 0] += 1 }
        let categories = split.categories.map { category in
            SwiftCategoryModuleModel(
                module: category.module, title: category.title, endpointCount: category.endpointCount,
                typeCount: typeCounts[category.module] ?? 0)
        }
        let folder = options.outputFolder.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? ""
        let runtime = #".product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")"#
        let httpTypes = #".product(name: "HTTPTypes", package: "swift-http-types")"#
        func target(_ module: String, _ dependencies: [String]) -> String {
            let path = SwiftLayout.stringLiteral(folder + module)
            return ".target(name: \(SwiftLayout.stringLiteral(module)), dependencies: [\(dependencies.joined(separator: ", "))], path: \(path)),"
        }
        let quotedCore = SwiftLayout.stringLiteral(split.core)
        let targetLines =
            [target(split.core, [runtime, httpTypes])]
            + categories.map { target($0.module, [quotedCore, httpTypes]) }
            + [target(split.umbrella, ([split.core] + categories.map(\.module)).map(SwiftLayout.stringLiteral))]
        return SwiftModulesModel(
            apiName: model.settings.name, importAccess: importAccess, umbrella: split.umbrella, core: split.core,
            categories: categories, coreTypeCount: typeCounts[split.core] ?? 0, targetLines: targetLines)
    }
}
