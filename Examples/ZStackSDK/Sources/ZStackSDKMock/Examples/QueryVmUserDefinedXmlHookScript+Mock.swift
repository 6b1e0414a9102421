public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryVmUserDefinedXmlHookScript``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryVmUserDefinedXmlHookScriptExample = #"""
        {
          "inventories": [
            {
              "uuid": "5b335ef81740293d8227c1ce2827382c",
              "name": "name",
              "description": "description",
              "type": {},
              "hookScript": "hookScript",
              "libvirtVersion": "libvirtVersion",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM"
            }
          ],
          "success": true,
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryVmUserDefinedXmlHookScript(
        _ request: QueryVmUserDefinedXmlHookScript.Request
    ) async throws -> QueryVmUserDefinedXmlHookScript.Response {
        try Self.example(QueryVmUserDefinedXmlHookScript.Response.self, json: Self.queryVmUserDefinedXmlHookScriptExample)
    }
}
