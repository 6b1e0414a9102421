import ZStackSDK

/// The server side of ``GetSpiceCertificates``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/spice/certificates`, synchronous.
nonisolated enum GetSpiceCertificatesServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetSpiceCertificates.operation, bodyWrapper: nil) { call in
            let request = GetSpiceCertificates.Request(
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getSpiceCertificates(request) }
        }
    }
}
