import ZStackSDK

/// The server side of ``GetInterdependentL3NetworksImages``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/images-l3networks/dependencies`, synchronous.
nonisolated enum GetInterdependentL3NetworksImagesServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetInterdependentL3NetworksImages.operation, bodyWrapper: nil) { call in
            let request = GetInterdependentL3NetworksImages.Request(
                zoneUuid: try call.required(
                    try call.queryParameter("zoneUuid", as: String.self),
                    .queryParameter("zoneUuid")
                ),
                l3NetworkUuids: try call.queryParameters("l3NetworkUuids", as: String.self),
                imageUuid: try call.queryParameter("imageUuid", as: String.self),
                raiseException: try call.queryParameter("raiseException", as: Bool.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getInterdependentL3NetworksImages(request) }
        }
    }
}
