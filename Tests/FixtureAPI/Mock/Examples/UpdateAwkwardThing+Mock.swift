public import FixtureAPI

nonisolated extension FixtureMockHandler {
    /// The documented response example of ``UpdateAwkwardThing``.
    static let updateAwkwardThingExample = #"""
        {
          "thing": {
            "description": "d",
            "kind": "unknown",
            "children": [
              {
                "kind": "with-dash"
              }
            ]
          }
        }
        """#

    /// Answers with the documented response example.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The documented response example.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func updateAwkwardThing(
        _ request: UpdateAwkwardThing.Request
    ) async throws -> UpdateAwkwardThing.Response {
        try Self.example(UpdateAwkwardThing.Response.self, json: Self.updateAwkwardThingExample)
    }
}
