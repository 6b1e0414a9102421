import ZStackSDK

/// The server side of ``GetUploadImageJobDetails``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/images/upload-job/details/{imageId}`, synchronous.
nonisolated enum GetUploadImageJobDetailsServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetUploadImageJobDetails.operation, bodyWrapper: nil) { call in
            let request = GetUploadImageJobDetails.Request(
                imageId: try call.pathParameter("imageId", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getUploadImageJobDetails(request) }
        }
    }
}
