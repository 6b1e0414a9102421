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
            let request = try call.decodeBody(wrapper: "changeInstanceOffering") { body in
                let instanceOfferingUuid = try body.wrappedField(String.self, "instanceOfferingUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ChangeInstanceOffering.Request(
                    vmInstanceUuid: try call.pathParameter("vmInstanceUuid", as: String.self),
                    instanceOfferingUuid: try call.required(
                        instanceOfferingUuid,
                        .bodyField("changeInstanceOffering.instanceOfferingUuid")
                    ),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.changeInstanceOffering(request) }
        }
    }
}
