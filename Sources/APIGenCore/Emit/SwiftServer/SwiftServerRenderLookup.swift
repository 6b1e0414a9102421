// Template lookups for the server and mock render models: each answers exactly its stored
// properties (`RenderLookupTests` checks that they agree with `Mirror`); an unknown name is nil,
// so the lookup goes on to the enclosing values.

extension SwiftServerRuntimeModel: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "prefix": self.prefix.templateValue
        case "access": self.access.templateValue
        case "importAccess": self.importAccess.templateValue
        case "clientModule": self.clientModule.templateValue
        case "serverModule": self.serverModule.templateValue
        case "apiTitle": self.apiTitle.templateValue
        case "authorizationHeaderLiteral": self.authorizationHeaderLiteral.templateValue
        case "errorStatus": self.errorStatus.templateValue
        case "errorFieldLiteral": self.errorFieldLiteral.templateValue
        case "acceptedStatus": self.acceptedStatus.templateValue
        case "locationFieldLiteral": self.locationFieldLiteral.templateValue
        case "jobsPath": self.jobsPath.templateValue
        case "jobsPathLiteral": self.jobsPathLiteral.templateValue
        default: nil
        }
    }
}

extension SwiftHandlerProtocolModel: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "prefix": self.prefix.templateValue
        case "access": self.access.templateValue
        case "importAccess": self.importAccess.templateValue
        case "clientModule": self.clientModule.templateValue
        case "apiTitle": self.apiTitle.templateValue
        case "jobsPath": self.jobsPath.templateValue
        case "methods": self.methods.templateValue
        case "example": self.example.templateValue
        case "hasMoreEndpoints": self.hasMoreEndpoints.templateValue
        case "hasAsynchronousEndpoints": self.hasAsynchronousEndpoints.templateValue
        case "registrations": self.registrations.templateValue
        default: nil
        }
    }
}

extension SwiftHandlerMethodModel: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "isFirst": self.isFirst.templateValue
        case "docLines": self.docLines.templateValue
        case "hasDeprecation": self.hasDeprecation.templateValue
        case "deprecationAttribute": self.deprecationAttribute.templateValue
        case "methodName": self.methodName.templateValue
        case "namespace": self.namespace.templateValue
        default: nil
        }
    }
}

extension SwiftServerEndpointModel: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "prefix": self.prefix.templateValue
        case "clientModule": self.clientModule.templateValue
        case "needsFoundation": self.needsFoundation.templateValue
        case "opensOnOneLine": self.opensOnOneLine.templateValue
        case "namespace": self.namespace.templateValue
        case "methodName": self.methodName.templateValue
        case "method": self.method.templateValue
        case "path": self.path.templateValue
        case "execution": self.execution.templateValue
        case "hasDeprecation": self.hasDeprecation.templateValue
        case "deprecationText": self.deprecationText.templateValue
        case "deprecationAttribute": self.deprecationAttribute.templateValue
        case "wrapper": self.wrapper.templateValue
        case "wrapperLiteral": self.wrapperLiteral.templateValue
        case "hasWrapper": self.hasWrapper.templateValue
        case "hasBody": self.hasBody.templateValue
        case "requestLines": self.requestLines.templateValue
        case "topLevel": self.topLevel.templateValue
        case "wrapped": self.wrapped.templateValue
        default: nil
        }
    }
}

extension SwiftServerBodyFieldModel: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "declaration": self.declaration.templateValue
        case "codingKey": self.codingKey.templateValue
        default: nil
        }
    }
}

extension SwiftMockExampleModel: TemplateObject {
    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "prefix": self.prefix.templateValue
        case "access": self.access.templateValue
        case "importAccess": self.importAccess.templateValue
        case "clientModule": self.clientModule.templateValue
        case "namespace": self.namespace.templateValue
        case "methodName": self.methodName.templateValue
        case "exampleName": self.exampleName.templateValue
        case "exampleLiteralOpen": self.exampleLiteralOpen.templateValue
        case "exampleLiteralClose": self.exampleLiteralClose.templateValue
        case "exampleLines": self.exampleLines.templateValue
        case "isDocumented": self.isDocumented.templateValue
        case "hasDeprecation": self.hasDeprecation.templateValue
        case "deprecationAttribute": self.deprecationAttribute.templateValue
        default: nil
        }
    }
}
