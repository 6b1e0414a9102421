import ZStackSDK

/// The server side of ``GetEncryptedField``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/encrypted/fields`, synchronous.
nonisolated enum GetEncryptedFieldServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetEncryptedField.operation, bodyWrapper: nil) { call in
            let request = GetEncryptedField.Request(
                encryptedType: try call.queryParameter("encryptedType", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getEncryptedField(request) }
        }
    }
}
