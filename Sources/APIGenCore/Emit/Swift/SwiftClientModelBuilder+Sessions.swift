/// The session methods of `api.sessions`: `openSession(_:)` in each log-in endpoint's file and
/// `closeSession()` in the log-out endpoint's.
extension SwiftClientModelBuilder {
    /// `openSession(_:)`, if `endpoint` is a log-in endpoint of `api.sessions`.
    func sessionOpening(_ endpoint: Endpoint, method: String) -> [SwiftSessionOpeningModel] {
        guard let sessions = model.settings.sessions, sessions.logIn.contains(where: { $0.name == endpoint.operationID }),
            let path = SessionConventionChecker.sessionIDField(of: endpoint, sessions: sessions, model: model)
        else { return [] }
        let members = path.map { SwiftName.member(names.propertyName($0.name)) }
        let doc = SwiftLayout.docLines(
            [
                "Opens a session: calls ``\(method)(_:\(endpoint.execution == .asynchronous ? "polling:" : ""))`` and returns a client that sends the session "
                    + "its reply holds (`\(sessions.sessionID.name)`), with this client's server, transport and settings.",
            ], indent: 4)
            + [""] + SwiftLayout.parameterDocLines([(name: "request", text: "The inputs of the log-in call.")], indent: 4)
            + SwiftLayout.hangingItem(prefix: "- Returns: ", text: "A client authorized by the new session.", indent: 4, itemIndent: 0)
            + SwiftLayout.hangingItem(
                prefix: "- Throws: ",
                text: "The log-in call's errors, or ``\(prefix)ClientError/noSession(operationID:)`` when its reply carries no session id.",
                indent: 4, itemIndent: 0)
        return [SwiftSessionOpeningModel(docLines: doc, sessionIDExpression: "reply." + members.joined(separator: "?."))]
    }

    /// `closeSession()`, if `endpoint` is the log-out endpoint of `api.sessions`.
    func sessionClosing(_ endpoint: Endpoint, inputs: [Field], request: SwiftRecordBodyModel) -> [SwiftSessionClosingModel] {
        guard let sessions = model.settings.sessions, sessions.logOut?.name == endpoint.operationID,
            let parameter = sessions.logOutParameter,
            let index = inputs.firstIndex(where: { $0.name == parameter.name })
        else { return [] }
        let doc = SwiftLayout.docLines(
            [
                "Closes the session this client sends, with ``\(names.methodName(endpoint.operationID))(_:\(endpoint.execution == .asynchronous ? "polling:" : ""))``; the client, and every client "
                    + "that sends the same session, is then refused by calls that need authorization.",
            ], indent: 4)
            + [""]
            + SwiftLayout.hangingItem(
                prefix: "- Throws: ",
                text: "The log-out call's errors, or ``\(prefix)ClientError/noSession(operationID:)`` when the client sends no session.",
                indent: 4, itemIndent: 0)
        let argument = SwiftCallArgumentModel(label: request.properties[index].label, value: "sessionID", isLast: true)
        return [SwiftSessionClosingModel(docLines: doc, arguments: [argument])]
    }
}
