import ZStackSDK

/// The server side of ``TakeVmConsoleScreenshot``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous.
nonisolated enum TakeVmConsoleScreenshotServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: TakeVmConsoleScreenshot.operation,
            bodyWrapper: "takeVmConsoleScreenshot"
        ) { call in
            let request = try call.decodeBody(wrapper: "takeVmConsoleScreenshot") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return TakeVmConsoleScreenshot.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.takeVmConsoleScreenshot(request) }
        }
    }
}
