// Template lookups, as for the Markdown pages (see MarkdownRenderLookup.swift): each render
// model answers exactly its stored properties (`RenderLookupTests` checks that they agree with
// `Mirror`); an unknown name is nil, so the lookup goes on to the enclosing values.

extension SwiftRuntimeFileModel: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "prefix": self.prefix.templateValue
        case "apiName": self.apiName.templateValue
        case "access": self.access.templateValue
        case "importAccess": self.importAccess.templateValue
        case "runtimeAccess": self.runtimeAccess.templateValue
        case "errorTypeName": self.errorTypeName.templateValue
        case "authorizationHeaderLiteral": self.authorizationHeaderLiteral.templateValue
        case "authorizationValueExpression": self.authorizationValueExpression.templateValue
        case "authorizationDocExample": self.authorizationDocExample.templateValue
        case "errorStatuses": self.errorStatuses.templateValue
        case "errorFieldLiteral": self.errorFieldLiteral.templateValue
        case "acceptedStatus": self.acceptedStatus.templateValue
        case "locationFieldLiteral": self.locationFieldLiteral.templateValue
        case "timestampFormatLiteral": self.timestampFormatLiteral.templateValue
        case "timestampAlternativeFormatsList": self.timestampAlternativeFormatsList.templateValue
        case "timestampLocaleLiteral": self.timestampLocaleLiteral.templateValue
        case "timestampTimeZoneLiteral": self.timestampTimeZoneLiteral.templateValue
        default: nil
        }
    }
}

extension SwiftObjectFileModel: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "access": self.access.templateValue
        case "importAccess": self.importAccess.templateValue
        case "prefix": self.prefix.templateValue
        case "coreImports": self.coreImports.templateValue
        case "imports": self.imports.templateValue
        case "hasImports": self.hasImports.templateValue
        case "name": self.name.templateValue
        case "docLines": self.docLines.templateValue
        case "bodyText": self.bodyText.templateValue
        default: nil
        }
    }
}

extension SwiftEnumFileModel: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "access": self.access.templateValue
        case "prefix": self.prefix.templateValue
        case "name": self.name.templateValue
        case "docLines": self.docLines.templateValue
        case "cases": self.cases.templateValue
        case "otherCase": self.otherCase.templateValue
        default: nil
        }
    }
}

extension SwiftEnumCaseModel: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "name": self.name.templateValue
        case "member": self.member.templateValue
        case "wireValueLiteral": self.wireValueLiteral.templateValue
        case "docLines": self.docLines.templateValue
        default: nil
        }
    }
}

extension SwiftEndpointFileModel: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "access": self.access.templateValue
        case "importAccess": self.importAccess.templateValue
        case "prefix": self.prefix.templateValue
        case "coreImports": self.coreImports.templateValue
        case "imports": self.imports.templateValue
        case "namespace": self.namespace.templateValue
        case "docLines": self.docLines.templateValue
        case "operationIDLiteral": self.operationIDLiteral.templateValue
        case "httpMethod": self.httpMethod.templateValue
        case "pathLiteral": self.pathLiteral.templateValue
        case "requiresAuthorization": self.requiresAuthorization.templateValue
        case "isAsynchronous": self.isAsynchronous.templateValue
        case "deprecationAttribute": self.deprecationAttribute.templateValue
        case "hasDeprecation": self.hasDeprecation.templateValue
        case "requestText": self.requestText.templateValue
        case "body": self.body.templateValue
        case "hasBody": self.hasBody.templateValue
        case "responseText": self.responseText.templateValue
        case "responseDocLines": self.responseDocLines.templateValue
        case "methodName": self.methodName.templateValue
        case "methodDocLines": self.methodDocLines.templateValue
        case "requestMethodDocLines": self.requestMethodDocLines.templateValue
        case "methodDeclarationLines": self.methodDeclarationLines.templateValue
        case "requestMethodDeclarationLines": self.requestMethodDeclarationLines.templateValue
        case "forwardingCallLines": self.forwardingCallLines.templateValue
        case "builderStatements": self.builderStatements.templateValue
        default: nil
        }
    }
}

extension SwiftRequestBodyModel: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "docLine": self.docLine.templateValue
        case "hasWrapper": self.hasWrapper.templateValue
        case "topLevel": self.topLevel.templateValue
        case "wrapped": self.wrapped.templateValue
        case "wrapperKeyLiteral": self.wrapperKeyLiteral.templateValue
        case "hasTopLevel": self.hasTopLevel.templateValue
        case "hasWrappedFields": self.hasWrappedFields.templateValue
        default: nil
        }
    }
}

extension SwiftBodyFieldModel: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "name": self.name.templateValue
        case "declaration": self.declaration.templateValue
        case "assignment": self.assignment.templateValue
        case "codingKey": self.codingKey.templateValue
        default: nil
        }
    }
}

extension SwiftStructBodyModel: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "access": self.access.templateValue
        case "prefix": self.prefix.templateValue
        case "properties": self.properties.templateValue
        case "hasProperties": self.hasProperties.templateValue
        case "initDocLines": self.initDocLines.templateValue
        case "initDeclarationLines": self.initDeclarationLines.templateValue
        default: nil
        }
    }
}

extension SwiftPropertyModel: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "name": self.name.templateValue
        case "type": self.type.templateValue
        case "optionalMark": self.optionalMark.templateValue
        case "docLines": self.docLines.templateValue
        case "isIndirect": self.isIndirect.templateValue
        case "storageName": self.storageName.templateValue
        case "wireNameLiteral": self.wireNameLiteral.templateValue
        case "parameter": self.parameter.templateValue
        case "assignment": self.assignment.templateValue
        default: nil
        }
    }
}

extension SwiftModulesModel: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "apiName": self.apiName.templateValue
        case "importAccess": self.importAccess.templateValue
        case "umbrella": self.umbrella.templateValue
        case "core": self.core.templateValue
        case "categories": self.categories.templateValue
        case "coreTypeCount": self.coreTypeCount.templateValue
        case "targetLines": self.targetLines.templateValue
        default: nil
        }
    }
}

extension SwiftCategoryModuleModel: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "module": self.module.templateValue
        case "title": self.title.templateValue
        case "endpointCount": self.endpointCount.templateValue
        case "typeCount": self.typeCount.templateValue
        default: nil
        }
    }
}
