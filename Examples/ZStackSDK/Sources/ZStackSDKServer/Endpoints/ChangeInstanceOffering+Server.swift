import ZStackSDK

/// The server side of ``ChangeInstanceOffering``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/actions`, asynchronous.
nonisolated enum ChangeInstanceOfferingServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: ChangeInstanceOffering.operation,
            bodyWrapper: "changeInstanceOffering"
        ) { call in
            let body = try call.decodeBody(Body.self)
            let request = ChangeInstanceOffering.Request(
                vmInstanceUuid: try call.pathParameter("vmInstanceUuid", as: String.self),
                instanceOfferingUuid: try call.required(
                    body.wrapped?.instanceOfferingUuid,
                    .bodyField("changeInstanceOffering.instanceOfferingUuid")
                ),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.changeInstanceOffering(request) }
        }
    }

    /// The JSON body of a request: `{"changeInstanceOffering": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "changeInstanceOffering"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var instanceOfferingUuid: String?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case instanceOfferingUuid = "instanceOfferingUuid"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
