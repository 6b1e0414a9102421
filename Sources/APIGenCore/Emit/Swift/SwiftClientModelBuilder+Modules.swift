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
        func target(_ module: String, kind: SwiftPackageTargetModel.Kind) -> SwiftPackageTargetModel {
            SwiftPackageTargetModel(
                nameLiteral: SwiftLayout.stringLiteral(module), pathLiteral: SwiftLayout.stringLiteral(folder + module),
                isCore: kind == .core, isCategory: kind == .category, isUmbrella: kind == .umbrella)
        }
        let targets = [target(split.core, kind: .core)] + categories.map { target($0.module, kind: .category) }
            + [target(split.umbrella, kind: .umbrella)]
        let umbrellaDependencies = ([split.core] + categories.map(\.module)).enumerated().map { index, module in
            SwiftListItemModel(literal: SwiftLayout.stringLiteral(module), isLast: index == categories.count)
        }
        return SwiftModulesModel(
            apiName: model.settings.name, importAccess: importAccess, umbrella: split.umbrella, core: split.core,
            categories: categories, isPacked: split.isPacked, maximumEndpoints: options.maximumModuleEndpoints ?? 0,
            coreTypeCount: typeCounts[split.core] ?? 0, coreLiteral: SwiftLayout.stringLiteral(split.core),
            targets: targets, umbrellaDependencies: umbrellaDependencies,
            // swift-format wants imports in lexicographic order.
            exportedModules: ([split.core] + categories.map(\.module)).sorted())
    }
}
